// One webhook with its secret, for the thread that delivers to it (never for the API).
MATCH (w:__GovGraphWebhook {id: $id})
RETURN w {.*} AS w
