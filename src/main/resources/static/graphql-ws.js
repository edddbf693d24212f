// A graphql-transport-ws client: the protocol of the graphql-ws library, which Spring for GraphQL
// speaks at /graphql-ws. One WebSocket carries every subscription of the page; when it drops, it is
// opened again with back-off and each subscription is sent again, its payload asked for afresh (so
// that it can carry the cursor of the last event received). The browser signs the handshake in with
// the page's session cookie. Plain script, no build step.
(function () {
  'use strict';

  var INIT_TIMEOUT_MS = 10000;

  /**
   * options.url: the ws: or wss: address; options.onState(state, closeEvent): told 'connecting',
   * 'open' (acknowledged) or 'closed'; options.retryMs(failures): the wait before reconnecting.
   */
  function createClient(options) {
    var socket = null;
    var acked = false;
    var failures = 0;
    var nextId = 0;
    var reconnectTimer = null;
    var initTimer = null;
    var active = {};
    var retryMs = options.retryMs || function (n) { return Math.min(30000, 1000 * Math.pow(2, n)); };

    function state(name, ev) { if (options.onState) { options.onState(name, ev); } }

    function send(message) {
      if (socket && socket.readyState === 1) { socket.send(JSON.stringify(message)); }
    }

    function sendSubscribe(id) {
      send({ id: id, type: 'subscribe', payload: active[id].payload() });
    }

    function connect() {
      if (socket || reconnectTimer) { return; }
      var url = options.url;
      var ws = new WebSocket(url, 'graphql-transport-ws');
      socket = ws;
      acked = false;
      state('connecting');
      ws.onopen = function () {
        if (ws !== socket) { return; }
        send({ type: 'connection_init', payload: {} });
        // A server that never acknowledges is treated as a dropped connection.
        initTimer = setTimeout(function () { if (ws === socket && !acked) { ws.close(4408, 'Connection initialisation timeout'); } }, INIT_TIMEOUT_MS);
      };
      ws.onmessage = function (ev) {
        if (ws !== socket) { return; }
        var message;
        try { message = JSON.parse(ev.data); } catch (e) { ws.close(4400, 'Invalid message'); return; }
        var sub = message.id != null ? active[message.id] : null;
        switch (message.type) {
          case 'connection_ack':
            acked = true;
            failures = 0;
            clearTimeout(initTimer);
            state('open');
            Object.keys(active).forEach(sendSubscribe);
            break;
          case 'ping':
            send({ type: 'pong' });
            break;
          case 'pong':
            break;
          case 'next':
            if (sub) { sub.sink.next(message.payload); }
            break;
          case 'error':
            if (sub) { delete active[message.id]; sub.sink.error(message.payload); }
            break;
          case 'complete':
            if (sub) { delete active[message.id]; sub.sink.complete(); }
            break;
          default:
            ws.close(4400, 'Unknown message type ' + message.type);
        }
      };
      ws.onclose = function (ev) {
        if (ws !== socket) { return; }
        clearTimeout(initTimer);
        socket = null;
        acked = false;
        state('closed', ev);
        // Reconnect while anything is subscribed; an idle page stays disconnected until it subscribes.
        if (Object.keys(active).length) {
          reconnectTimer = setTimeout(function () { reconnectTimer = null; connect(); }, retryMs(failures++));
        }
      };
    }

    /**
     * Subscribes: payload() gives the {query, variables} to send, asked again on every reconnect;
     * sink.next(result), sink.error(errors), sink.complete(). Answers the function that completes it.
     */
    function subscribe(payload, sink) {
      var id = String(++nextId);
      active[id] = { payload: payload, sink: sink };
      if (acked) { sendSubscribe(id); } else { connect(); }
      return function () {
        if (!active[id]) { return; }
        delete active[id];
        if (acked) { send({ id: id, type: 'complete' }); }
      };
    }

    return {
      subscribe: subscribe,
      /** The WebSocket now open or opening (null between connections). */
      socket: function () { return socket; }
    };
  }

  window.GraphQlWs = { createClient: createClient };
})();
