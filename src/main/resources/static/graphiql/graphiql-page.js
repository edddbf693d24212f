// Starts GraphiQL against this server's GraphQL endpoint (?path=… as spring-graphql's page takes it;
// ?query=… puts an operation in the editor).
// The browser's session (login form) goes along with every request: same origin.
(function () {
  var params = new URLSearchParams(window.location.search);
  var path = params.get('path') || '/graphql';
  var xsrf = document.cookie.match(/(?:^| )XSRF-TOKEN=([^;]+)/);
  var fetcher = GraphiQL.createFetcher({
    url: window.location.protocol + '//' + window.location.host + path,
    headers: xsrf ? { 'X-XSRF-TOKEN': xsrf[1] } : {}
  });
  // ?query=… opens GraphiQL with that operation in the editor (links from the docs and the explorer).
  var props = { fetcher: fetcher, defaultEditorToolsVisibility: true };
  if (params.get('query')) {
    props.query = params.get('query');
  }
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
