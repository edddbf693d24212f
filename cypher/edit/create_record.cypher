// A new agreement, item or event ($label), its references indexed properties as an import stores them.
CREATE (n)
SET n = $props, n:$($label)
