// GovGraph explorer: draws the linkage graph with Cytoscape.js and talks only to the public
// GraphQL API at /graphql. Plain script, no build step.
(function () {
  'use strict';

  // Unit types: Chinese and English names, colour and shape (docs/spec/import-format.md, v1).
  var TYPES = {
    DISTRICT_COMMITTEE: ['区委', 'District committee', '#7f1d1d', 'round-octagon'],
    STREET_COMMITTEE: ['街道党工委', 'Street committee (axis)', '#c62828', 'star'],
    COMMUNITY_COMMITTEE: ['社区党委', 'Community committee', '#e65100', 'round-rectangle'],
    GRID_BRANCH: ['网格党支部', 'Grid branch', '#f9a825', 'round-rectangle'],
    BUILDING_GROUP: ['墙门党小组', 'Building group', '#fbc02d', 'ellipse'],
    RESIDENTS_COMMITTEE: ['居委会', 'Residents committee', '#8d6e63', 'round-rectangle'],
    COMPOUND: ['小区', 'Compound', '#43a047', 'round-rectangle'],
    BUILDING: ['楼道/楼宇', 'Building', '#a5d6a7', 'rectangle'],
    OWNERS_COMMITTEE: ['业委会', 'Owners committee', '#1b5e20', 'hexagon'],
    PROPERTY_COMPANY: ['物业企业', 'Property company', '#1565c0', 'diamond'],
    STATIONED_UNIT: ['驻区单位', 'Stationed unit', '#6a1b9a', 'triangle'],
    INDUSTRY_SYSTEM: ['行业系统', 'Industry system', '#8e24aa', 'vee'],
    NEW_FIELD_ORG: ['新兴领域', 'New-field org', '#ab47bc', 'pentagon'],
    LAW_FIRM: ['律师事务所', 'Law firm', '#00838f', 'rhomboid'],
    ASSOCIATION: ['行业协会', 'Association', '#00695c', 'octagon'],
    PARTY_BRANCH: ['党支部', 'Party branch', '#d81b60', 'tag'],
    TEAM: ['小分队', 'Team', '#ff7043', 'barrel'],
    CO_GOVERNANCE_COMMITTEE: ['共治委员会', 'Co-governance committee', '#b71c1c', 'concave-hexagon'],
    JOINT_MEETING: ['联席会议', 'Joint meeting', '#5d4037', 'cut-rectangle']
  };
  var PERSON = ['人员', 'Person', '#546e7a', 'ellipse'];
  var RELATIONS = {
    UNDER: ['隶属', 'under', '#9e9e9e'],
    HOLDS_POST: ['任职', 'post', '#b0bec5'],
    CO_CONSTRUCTS: ['共建', 'co-constructs', '#6a1b9a'],
    PAIRED_WITH: ['结对', 'paired with', '#00838f'],
    SERVES: ['物业服务', 'serves', '#1565c0'],
    MEMBER_OF: ['成员单位', 'member of', '#795548'],
    PARTY_ORG_OF: ['党组织隶属', 'party org of', '#d81b60'],
    GUIDES: ['指导', 'guides', '#e65100']
  };
  var ROLES = {
    SECRETARY: '书记', DEPUTY_SECRETARY: '副书记', MEMBER: '委员', DIRECTOR: '主任', DEPUTY_DIRECTOR: '副主任',
    CHAIR: '业委会主任', OWNER_REP: '业主代表', MANAGER: '负责人', FIRST_SECRETARY: '第一书记',
    CHIEF_LIAISON: '首席联络官', LEGAL_ADVISOR: '法律顾问', GRID_WORKER: '网格员', LAWYER: '律师', VOLUNTEER: '志愿者'
  };
  // The containment tree drawn as boxes: street ⊃ community ⊃ grid. Not compounds: a box holding a
  // unit that is linked to the box's own ancestor (community → owners committee) wrecks the layout.
  var CONTAINERS = { STREET_COMMITTEE: 1, COMMUNITY_COMMITTEE: 1, GRID_BRANCH: 1 };
  // Above this many elements people are set round their units rather than laid out by force.
  var COSE_LIMIT = 700;
  var NEIGHBOURHOOD_LIMIT = 500;

  var $ = function (id) { return document.getElementById(id); };
  var state = { inflight: 0, drawing: 0, opened: [], asOf: null, capabilities: {}, collapsed: {}, scores: null, generation: 0, pathFrom: null, pathTo: null, selected: null, lastDrawMs: null, activityGeneration: 0, view: 'graph', canReview: false };

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function gql(query, variables) {
    state.inflight++;
    return fetch('/graphql', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ query: query, variables: variables || {} })
    }).then(function (r) { return r.json(); }).then(function (body) {
      if (body.errors && body.errors.length) { throw new Error(body.errors.map(function (e) { return e.message; }).join('; ')); }
      return body.data;
    }).finally(function () { state.inflight--; });
  }

  var V = 'id kind type name parentId hiddenNeighbors';
  var E = 'id source target kind type role title since until';

  // ---------- drawing ----------

  function typeOf(d) { return d.kind === 'PERSON' ? PERSON : (TYPES[d.type] || ['?', d.type, '#999', 'ellipse']); }

  function style() {
    var s = [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 13, 'text-valign': 'bottom', 'text-margin-y': 2, 'color': '#222',
        'text-wrap': 'wrap', 'text-max-width': 110, 'min-zoomed-font-size': 5, 'line-height': 1.1,
        'text-outline-color': '#fbfaf7', 'text-outline-width': 1.5,
        'background-color': 'data(color)', 'shape': 'data(shape)', 'width': 'data(size)', 'height': 'data(size)',
        'border-width': 1, 'border-color': '#0004' } },
      { selector: 'node[kind = "PERSON"]', style: { 'font-size': 9, 'color': '#455a64', 'text-margin-y': 1 } },
      { selector: ':parent', style: {
        'background-color': 'data(color)', 'background-opacity': 0.07, 'border-width': 2, 'border-color': 'data(color)',
        'border-style': 'solid', 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -3, 'font-size': 14,
        'font-weight': 'bold', 'color': 'data(color)', 'text-max-width': 400, 'padding': 14, 'shape': 'round-rectangle' } },
      { selector: 'node.collapsed', style: { 'border-width': 4, 'border-style': 'double' } },
      { selector: 'node[hiddenNeighbors > 0]', style: { 'border-style': 'dashed', 'border-width': 2 } },
      { selector: ':parent[weight > 0]', style: { 'border-width': 'mapData(weight, 0, 1, 2, 12)' } },
      { selector: 'node:selected', style: { 'overlay-color': '#ffeb3b', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
      { selector: 'edge', style: {
        'width': 1.2, 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle',
        'arrow-scale': 0.6, 'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 7, 'color': '#555',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.7,
        'min-zoomed-font-size': 9 } },
      { selector: 'edge[kind = "UNDER"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge[kind = "POST"]', style: { 'width': 0.8 } },
      { selector: 'edge.path', style: { 'line-color': '#ff1744', 'target-arrow-color': '#ff1744', 'width': 4, 'z-index': 99 } },
      { selector: 'node.path', style: { 'border-color': '#ff1744', 'border-width': 4, 'border-style': 'solid' } },
      { selector: 'node.path:childless', style: { 'underlay-color': '#ff1744', 'underlay-opacity': 0.3, 'underlay-padding': 6 } }
    ];
    return s;
  }

  var cy = cytoscape({ container: $('cy'), style: style(), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4 });

  function nodeData(v) {
    var t = typeOf(v);
    return { id: v.id, label: v.name, name: v.name, kind: v.kind, type: v.type || 'PERSON', parentId: v.parentId,
      hiddenNeighbors: v.hiddenNeighbors, color: t[2], shape: t[3], size: baseSize(v.kind) };
  }

  /** People are small, units large enough to tell their shapes apart. */
  function baseSize(kind) { return kind === 'PERSON' ? 9 : 24; }

  function edgeData(e) {
    var r = RELATIONS[e.type] || [e.type, e.type, '#999'];
    var label = e.kind === 'POST' ? (ROLES[e.role] || e.role) : r[0];
    return { id: e.id, source: e.source, target: e.target, kind: e.kind, type: e.type, role: e.role, title: e.title,
      since: e.since, until: e.until, label: label, color: r[2] };
  }

  function isContainer(id) {
    var p = cy.getElementById(id);
    return p.nonempty() && p.data('kind') === 'UNIT' && CONTAINERS[p.data('type')] === 1;
  }

  /** Adds what is not drawn yet (only new elements), nests units in their drawn containers. */
  function draw(subgraph, near) {
    var t0 = performance.now();
    state.drawing++;
    var added = cy.collection();
    var centre = near && cy.getElementById(near).nonempty() ? cy.getElementById(near).position() : { x: 0, y: 0 };
    cy.startBatch();
    subgraph.vertices.forEach(function (v) {
      var n = cy.getElementById(v.id);
      if (n.nonempty()) { n.data('hiddenNeighbors', v.hiddenNeighbors); return; }
      if (isHiddenInCollapsed(v)) { return; }
      added = added.union(cy.add({ group: 'nodes', data: nodeData(v),
        position: { x: centre.x + (Math.random() - 0.5) * 120, y: centre.y + (Math.random() - 0.5) * 120 } }));
    });
    // Nest: a unit goes inside its parent when the parent is drawn and is a container.
    cy.nodes('[kind = "UNIT"]').forEach(function (n) {
      var pid = n.data('parentId');
      if (pid && isContainer(pid) && (n.parent().empty() || n.parent().id() !== pid) && !cy.getElementById(pid).ancestors().has(n)) {
        n.move({ parent: pid });
      }
    });
    subgraph.edges.forEach(function (e) {
      if (cy.getElementById(e.id).nonempty()) { return; }
      if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) { return; }
      // The tree is shown by nesting: no UNDER edge from a child to the box it sits in.
      if (e.kind === 'UNDER' && isContainer(e.target)) { return; }
      added = added.union(cy.add({ group: 'edges', data: edgeData(e) }));
    });
    cy.endBatch();
    applySizes();
    return layout().then(function () {
      state.lastDrawMs = Math.round(performance.now() - t0);
      state.drawing--;
      status();
      return added;
    });
  }

  function isHiddenInCollapsed(v) {
    return Object.keys(state.collapsed).some(function (id) { return state.collapsed[id].getElementById(v.id).nonempty(); });
  }

  /**
   * fCoSE: force-directed and aware of the boxes, so a street, community or grid box stays a box
   * around its own units; posts are short edges, so people gather round their units. A large view
   * leaves the people (most of its vertices, nearly all leaves) out of the force layout and sets
   * them round their units afterwards: that cuts the layout's time several times over.
   */
  function layout() {
    // By default CoSE lengthens every edge that crosses a box border by the sizes of the boxes it
    // crosses, which flings a community's partners far from it; plain ideal lengths keep them close.
    coseBase.CoSEConstants.DEFAULT_USE_SMART_IDEAL_EDGE_LENGTH_CALCULATION = false;
    var big = cy.elements().length > COSE_LIMIT;
    var people = big ? cy.nodes('[kind = "PERSON"]') : cy.collection();
    var opts = { name: 'fcose', animate: false, fit: false, quality: 'proof', randomize: true,
      packComponents: true, nodeDimensionsIncludeLabels: true, nodeSeparation: 60, nodeRepulsion: repulsion,
      idealEdgeLength: idealLength, edgeElasticity: function (e) { return e.data('kind') === 'POST' ? 0.6 : 0.45; },
      nestingFactor: 0.1, gravity: 0.4, gravityCompound: 1.5, gravityRangeCompound: 1.0, numIter: 2500,
      tile: true, tilingPaddingVertical: 8, tilingPaddingHorizontal: 8 };
    // fCoSE starts from Math.random; a fixed seed draws the same view the same way every time.
    var random = Math.random;
    Math.random = seeded(1);
    return new Promise(function (resolve) {
      try {
        var l = cy.elements().not(people).not(people.connectedEdges()).layout(opts);
        l.one('layoutstop', function () {
          aroundTheirUnits(people);
          cy.fit(undefined, 24);
          resolve();
        });
        l.run();
      } finally {
        Math.random = random;
      }
    });
  }

  /** People on a ring round the one unit they hold posts in; people with posts in several units between them. */
  function aroundTheirUnits(people) {
    var rings = {};
    people.forEach(function (p) {
      var units = p.neighborhood('node');
      if (units.length === 1) {
        (rings[units.id()] = rings[units.id()] || []).push(p);
      } else if (units.length > 1) {
        var x = 0, y = 0;
        units.forEach(function (u) { x += u.position('x'); y += u.position('y'); });
        p.position({ x: x / units.length, y: y / units.length });
      }
    });
    Object.keys(rings).forEach(function (id) {
      var u = cy.getElementById(id), c = u.position(), ring = rings[id];
      var r = Math.max(u.width(), u.height()) / 2 + 12 + 2 * ring.length;
      ring.forEach(function (p, i) {
        var a = 2 * Math.PI * i / ring.length;
        p.position({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
      });
    });
  }

  /** mulberry32: a small seeded generator of numbers in [0, 1). */
  function seeded(seed) {
    var a = seed >>> 0;
    return function () {
      a = (a + 0x6D2B79F5) >>> 0;
      var t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** Boxes push hardest, so partners stay outside them; people least, so they gather by their units. */
  function repulsion(n) {
    return n.isParent() ? 30000 : (n.data('kind') === 'PERSON' ? 1500 : 4500);
  }

  /** Posts short, other edges longer; edges that cross a box border twice as long, so partners sit outside the box. */
  function idealLength(e) {
    var crosses = !e.source().parent().same(e.target().parent());
    return (e.data('kind') === 'POST' ? 25 : 50) * (crosses ? 2 : 1);
  }

  function counts() {
    var byType = {};
    cy.nodes().forEach(function (n) { var k = n.data('type'); byType[k] = (byType[k] || 0) + 1; });
    var byEdge = {};
    cy.edges().forEach(function (e) { var k = e.data('type'); byEdge[k] = (byEdge[k] || 0) + 1; });
    return { nodes: cy.nodes().length, edges: cy.edges().length, nodeTypes: byType, edgeTypes: byEdge,
      compounds: cy.nodes(':parent').length };
  }

  function status() {
    var c = counts();
    $('status').innerHTML = '<b>' + c.nodes + '</b> 个顶点 vertices · <b>' + c.edges + '</b> 条边 edges · ' +
      c.compounds + ' 个容器 boxes · ' + esc(state.asOf) +
      (state.lastDrawMs != null ? ' · 绘制 drawn in ' + state.lastDrawMs + ' ms' : '') +
      (state.truncated ? ' · <span class="error">已截断 truncated at ' + NEIGHBOURHOOD_LIMIT + '</span>' : '');
    $('status').className = '';
  }

  // ---------- neighbourhoods ----------

  function neighbourhood(ids) {
    return gql('query($ids:[ID!]!,$asOf:Date,$limit:Int){ neighborhood(ids:$ids, depth:1, asOf:$asOf, limit:$limit){ vertices{' + V +
      '} edges{' + E + '} truncated } }', { ids: ids, asOf: state.asOf, limit: NEIGHBOURHOOD_LIMIT })
      .then(function (d) { state.truncated = state.truncated || d.neighborhood.truncated; return d.neighborhood; });
  }

  /** Starts afresh from one unit or person: its neighbourhood. */
  function open(id) {
    state.opened = [id];
    state.generation++;
    state.collapsed = {};
    state.truncated = false;
    cy.elements().remove();
    return neighbourhood([id]).then(function (g) { return draw(g, null); })
      .then(function () {
        var scope = scopeForMeasures();
        follow(scope, scope ? cy.getElementById(scope).data('name') : null);
        return state.measure ? sizeBy(state.measure) : null;
      })
      .then(function () { select(id); });
  }

  /** Adds a vertex's neighbourhood; only elements not drawn yet are added. */
  function expand(id) {
    if (state.opened.indexOf(id) < 0) { state.opened.push(id); }
    return neighbourhood([id]).then(function (g) { return draw(g, id); });
  }

  /** Redraws everything opened so far on the date now chosen. */
  function redraw() {
    if (!state.opened.length) { return Promise.resolve(); }
    var ids = state.opened.slice();
    state.collapsed = {};
    state.truncated = false;
    // Typing a date fires a change for every part typed: only the answer for the latest one is drawn.
    var generation = ++state.generation;
    return Promise.all(ids.map(function (id) { return neighbourhood([id]); })).then(function (graphs) {
      if (generation !== state.generation) { return; }
      cy.elements().remove();
      var merged = { vertices: [], edges: [] };
      graphs.forEach(function (g) { merged.vertices = merged.vertices.concat(g.vertices); merged.edges = merged.edges.concat(g.edges); });
      return draw(merged, null);
    }).then(function () {
      if (generation !== state.generation) { return; }
      return (state.measure ? sizeBy(state.measure) : Promise.resolve()).then(function () {
        if (state.selected && cy.getElementById(state.selected).nonempty()) { select(state.selected); }
      });
    });
  }

  function collapse(id) {
    var n = cy.getElementById(id);
    if (state.collapsed[id]) {
      state.collapsed[id].restore();
      delete state.collapsed[id];
      n.removeClass('collapsed').data('label', n.data('name'));
    } else if (n.isParent()) {
      var inside = n.descendants();
      var removed = inside.union(inside.connectedEdges()).remove();
      state.collapsed[id] = removed;
      n.addClass('collapsed').data('label', n.data('name') + ' (+' + inside.length + ')');
    }
    status();
    return layout();
  }

  // ---------- centrality sizes ----------

  function scopeForMeasures() {
    var first = state.opened.length ? cy.getElementById(state.opened[0]) : null;
    return first && first.nonempty() && first.data('kind') === 'UNIT' ? first.id() : null;
  }

  function sizeBy(measure) {
    state.measure = measure;
    if (!measure) { state.scores = null; applySizes(); return Promise.resolve(); }
    if (!state.capabilities.centrality) { note('centrality 未在本服务器提供 · not available on this server'); return Promise.resolve(); }
    return gql('query($m:CentralityMeasure!,$s:ID,$asOf:Date,$top:Int){ centrality(measure:$m, scopeId:$s, asOf:$asOf, top:$top){ approximate scores{ vertex{ id } score } } }',
      { m: measure, s: scopeForMeasures(), asOf: state.asOf, top: 5000 })
      .then(function (d) {
        var scores = {};
        d.centrality.scores.forEach(function (s) { scores[s.vertex.id] = s.score; });
        state.scores = scores;
        applySizes();
      }).catch(function (e) { note('中心性 centrality: ' + e.message); });
  }

  /** Area grows with the score; a box, whose size its contents decide, shows it by its border's width. */
  function applySizes() {
    var scores = state.scores;
    var max = 0;
    if (scores) { cy.nodes().forEach(function (n) { max = Math.max(max, scores[n.id()] || 0); }); }
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        var weight = scores && max > 0 ? Math.sqrt((scores[n.id()] || 0) / max) : 0;
        n.data('weight', weight);
        n.data('size', scores && max > 0 ? 10 + 50 * weight : baseSize(n.data('kind')));
      });
    });
  }

  // ---------- side panel ----------

  function note(text) { $('details').insertAdjacentHTML('afterbegin', '<p class="error">' + esc(text) + '</p>'); }

  function ref(id, name) { return '<span class="link" data-goto="' + esc(id) + '">' + esc(name) + '</span>'; }

  function dates(x) { return (x.since || x.until) ? ' <small class="muted">' + esc(x.since || '…') + ' – ' + esc(x.until || '') + '</small>' : ''; }

  function select(id) {
    state.selected = id;
    cy.$(':selected').unselect();
    var n = cy.getElementById(id);
    if (n.nonempty()) { n.select(); }
    var kind = n.nonempty() ? n.data('kind') : null;
    var q = kind === 'PERSON'
      ? gql('query($id:ID!,$asOf:Date){ person(id:$id){ id name partyMember partySince gender birthYear posts(asOf:$asOf){ role title since until unit{ id name type } } } }', { id: id, asOf: state.asOf })
        .then(function (d) { return showPerson(d.person); })
      : gql('query($id:ID!,$asOf:Date){ unit(id:$id){ id name type aliases sector founded dissolved note parent{ id name } posts(asOf:$asOf){ role title since until person{ id name } } links(asOf:$asOf){ type direction since until other{ id name type } } } }', { id: id, asOf: state.asOf })
        .then(function (d) { return showUnit(d.unit); });
    return q.catch(function (e) { $('details').innerHTML = '<p class="error">' + esc(e.message) + '</p>'; });
  }

  function actions(id, extra) {
    var n = cy.getElementById(id);
    var html = '<div class="actions">' +
      '<button type="button" data-act="expand" data-id="' + esc(id) + '">展开邻居 Expand</button>' +
      '<button type="button" data-act="from" data-id="' + esc(id) + '">设为起点 From</button>' +
      '<button type="button" data-act="to" data-id="' + esc(id) + '">设为终点 To</button>';
    if (n.nonempty() && (n.isParent() || state.collapsed[id])) {
      html += '<button type="button" data-act="collapse" data-id="' + esc(id) + '">' + (state.collapsed[id] ? '展开容器 Unfold' : '折叠容器 Fold') + '</button>';
    }
    return html + (extra || '') + '</div>';
  }

  function showUnit(u) {
    if (!u) { $('details').innerHTML = '<p class="muted">没有这个单位 No such unit.</p>'; return; }
    var t = TYPES[u.type] || [u.type, u.type];
    var axis = (u.type === 'STREET_COMMITTEE' ? '<button type="button" data-act="axis" data-id="' + esc(u.id) + '">一轴多驱报告 Axis report</button>' : '') +
      '<button type="button" data-act="timeline" data-id="' + esc(u.id) + '">时间线 Timeline</button>' +
      '<button type="button" data-act="interlocks" data-id="' + esc(u.id) + '">联锁 Interlocks</button>';
    var h = '<h2>' + esc(u.name) + '</h2><div class="muted">' + esc(t[0]) + ' · ' + esc(t[1]) + ' · <code>' + esc(u.id) + '</code></div>' +
      actions(u.id, axis) + '<table>' +
      (u.aliases.length ? '<tr><td>别名 Aliases</td><td>' + esc(u.aliases.join('、')) + '</td></tr>' : '') +
      (u.parent ? '<tr><td>上级 Parent</td><td>' + ref(u.parent.id, u.parent.name) + '</td></tr>' : '') +
      (u.sector ? '<tr><td>领域 Sector</td><td>' + esc(u.sector) + '</td></tr>' : '') +
      (u.founded ? '<tr><td>成立 Founded</td><td>' + esc(u.founded) + '</td></tr>' : '') +
      (u.dissolved ? '<tr><td>撤销 Dissolved</td><td>' + esc(u.dissolved) + '</td></tr>' : '') +
      (u.note ? '<tr><td>备注 Note</td><td>' + esc(u.note) + '</td></tr>' : '') + '</table>' +
      '<h3>任职 Posts (' + u.posts.length + ')</h3><ul>' + u.posts.map(function (p) {
        return '<li>' + ref(p.person.id, p.person.name) + ' · ' + esc(p.title || ROLES[p.role] || p.role) + dates(p) + '</li>';
      }).join('') + '</ul>' +
      '<h3>联动 Links (' + u.links.length + ')</h3><ul>' + u.links.map(function (l) {
        var r = RELATIONS[l.type] || [l.type];
        return '<li>' + (l.direction === 'OUT' ? '→ ' : '← ') + esc(r[0]) + ' ' + ref(l.other.id, l.other.name) + dates(l) + '</li>';
      }).join('') + '</ul>' + activitySection(u.id);
    $('details').innerHTML = h;
    return loadActivity(u.id);
  }

  function showPerson(p) {
    if (!p) { $('details').innerHTML = '<p class="muted">没有这个人 No such person.</p>'; return; }
    $('details').innerHTML = '<h2>' + esc(p.name) + '</h2><div class="muted">人员 Person · <code>' + esc(p.id) + '</code>' +
      (p.partyMember ? ' · 党员 party member' + (p.partySince ? ' (' + esc(p.partySince) + ')' : '') : '') + '</div>' +
      actions(p.id, '') + '<h3>任职 Posts (' + p.posts.length + ')</h3><ul>' + p.posts.map(function (x) {
        return '<li>' + ref(x.unit.id, x.unit.name) + ' · ' + esc(x.title || ROLES[x.role] || x.role) + dates(x) + '</li>';
      }).join('') + '</ul>';
  }

  function axisReport(streetId) {
    if (!state.capabilities.axisReport) {
      $('axis').innerHTML = '<h2>一轴多驱 Axis report</h2><p class="muted">本服务器未提供 axisReport · not available on this server.</p>';
      return Promise.resolve();
    }
    $('axis').innerHTML = '<h2>一轴多驱 Axis report</h2><p class="muted">计算中 computing…</p>';
    var asOf = state.asOf;
    return gql('query($id:ID!,$asOf:Date){ axisReport(streetId:$id, asOf:$asOf){ street{ id name } axisRank axisShare fragmentationWithoutAxis drivers{ type count } driverCoverage topDrivers{ vertex{ id name } score } singlePointsOfFailure{ id name } } }',
      { id: streetId, asOf: asOf }).then(function (d) {
      var a = d.axisReport;
      $('axis').innerHTML = '<h2>一轴多驱 Axis report · ' + esc(a.street.name) + ' · ' + esc(asOf) + '</h2><table>' +
        '<tr><td>轴心排名 Axis rank</td><td><b>' + a.axisRank + '</b></td></tr>' +
        '<tr><td>轴心份额 Axis share</td><td>' + (100 * a.axisShare).toFixed(1) + '%</td></tr>' +
        '<tr><td>去轴后分裂 Components without axis</td><td>' + a.fragmentationWithoutAxis + '</td></tr>' +
        '<tr><td>驱动覆盖 Driver coverage</td><td>' + (100 * a.driverCoverage).toFixed(1) + '%</td></tr></table>' +
        '<h3>驱动 Drivers</h3><ul>' + a.drivers.map(function (t) { return '<li>' + esc((TYPES[t.type] || [t.type])[0]) + ' ' + esc(t.type) + ': ' + t.count + '</li>'; }).join('') + '</ul>' +
        '<h3>主要驱动 Top drivers</h3><ul>' + a.topDrivers.map(function (s) { return '<li>' + ref(s.vertex.id, s.vertex.name) + ' <small>' + s.score.toFixed(1) + '</small></li>'; }).join('') + '</ul>' +
        '<h3>单点 Single points of failure (' + a.singlePointsOfFailure.length + ')</h3><ul>' + a.singlePointsOfFailure.slice(0, 30).map(function (v) { return '<li>' + ref(v.id, v.name) + '</li>'; }).join('') + '</ul>';
      // The report opens below the unit's details: bring it into sight.
      $('axis').scrollIntoView({ block: 'start' });
    }).catch(function (e) { $('axis').innerHTML = '<h2>一轴多驱 Axis report</h2><p class="error">' + esc(e.message) + '</p>'; });
  }

  // ---------- paths ----------

  function setEnd(which, id) {
    var n = cy.getElementById(id);
    state[which] = id;
    $(which === 'pathFrom' ? 'path-from' : 'path-to').textContent = n.nonempty() ? n.data('name') : id;
    $('find-paths').disabled = !(state.pathFrom && state.pathTo && state.capabilities.paths);
    if (!state.capabilities.paths) { $('path-result').innerHTML = '<p class="muted">本服务器未提供 paths · not available on this server.</p>'; }
  }

  function findPaths() {
    cy.elements('.path').removeClass('path');
    return gql('query($a:ID!,$b:ID!,$asOf:Date){ paths(fromId:$a, toId:$b, maxLength:6, asOf:$asOf, first:5){ length vertices{' + V + '} edges{' + E + '} } }',
      { a: state.pathFrom, b: state.pathTo, asOf: state.asOf }).then(function (d) {
      if (!d.paths.length) { $('path-result').innerHTML = '<p class="muted">6 步内无路径 No path within 6 steps.</p>'; return; }
      var all = { vertices: [], edges: [] };
      d.paths.forEach(function (p) { all.vertices = all.vertices.concat(p.vertices); all.edges = all.edges.concat(p.edges); });
      $('path-result').innerHTML = '<ol>' + d.paths.map(function (p) {
        return '<li>' + p.length + ' 步 steps: ' + p.vertices.map(function (v) { return ref(v.id, v.name); }).join(' — ') + '</li>';
      }).join('') + '</ol>';
      return draw(all, state.pathFrom).then(function () {
        all.vertices.forEach(function (v) { cy.getElementById(v.id).addClass('path'); });
        all.edges.forEach(function (e) { cy.getElementById(e.id).addClass('path'); });
      });
    }).catch(function (e) { $('path-result').innerHTML = '<p class="error">' + esc(e.message) + '</p>'; });
  }

  // ---------- search ----------

  var searchTimer = null;
  function search(text) {
    if (!text.trim()) { $('results').hidden = true; return Promise.resolve(); }
    return gql('query($t:String!){ search(text:$t, first:12){ __typename id name ... on Unit { type } } }', { t: text })
      .then(function (d) {
        $('results').innerHTML = d.search.map(function (v) {
          var t = v.__typename === 'Unit' ? (TYPES[v.type] || [v.type, v.type]) : PERSON;
          return '<li tabindex="0" data-open="' + esc(v.id) + '">' + esc(v.name) + '<small>' + esc(t[0]) + ' · ' + esc(t[1]) + '</small></li>';
        }).join('') || '<li class="muted">无结果 nothing found</li>';
        $('results').hidden = false;
      }).catch(function (e) { $('results').innerHTML = '<li class="error">' + esc(e.message) + '</li>'; $('results').hidden = false; });
  }

  // ---------- snapshots ----------

  function download(blob, name) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function png() { return cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: 2 }); }

  /** An SVG of the current view, built from Cytoscape's own positions, sizes, colours and labels. */
  function svg() {
    var ext = cy.extent();
    var out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="' + [ext.x1, ext.y1, ext.w, ext.h].join(' ') + '" width="' + Math.round(ext.w) + '" height="' + Math.round(ext.h) + '" font-family="Noto Sans CJK SC, sans-serif">',
      '<rect x="' + ext.x1 + '" y="' + ext.y1 + '" width="' + ext.w + '" height="' + ext.h + '" fill="#fff"/>'];
    cy.nodes(':parent').forEach(function (n) {
      var b = n.boundingBox({ includeLabels: false });
      out.push('<rect x="' + b.x1 + '" y="' + b.y1 + '" width="' + b.w + '" height="' + b.h + '" rx="6" fill="' + n.data('color') + '" fill-opacity="0.08" stroke="' + n.data('color') + '" stroke-width="2"/>' +
        '<text x="' + (b.x1 + b.w / 2) + '" y="' + (b.y1 - 3) + '" font-size="12" text-anchor="middle">' + esc(n.data('label')) + '</text>');
    });
    cy.edges(':visible').forEach(function (e) {
      var s = e.sourceEndpoint(), t = e.targetEndpoint();
      out.push('<line x1="' + s.x + '" y1="' + s.y + '" x2="' + t.x + '" y2="' + t.y + '" stroke="' + e.data('color') + '" stroke-width="1"' + (e.data('kind') === 'UNDER' ? ' stroke-dasharray="4 3"' : '') + '/>' +
        '<text x="' + (s.x + t.x) / 2 + '" y="' + (s.y + t.y) / 2 + '" font-size="7" fill="#555" text-anchor="middle">' + esc(e.data('label')) + '</text>');
    });
    cy.nodes(':childless').forEach(function (n) {
      var p = n.position(), r = n.width() / 2;
      out.push('<circle cx="' + p.x + '" cy="' + p.y + '" r="' + r + '" fill="' + n.data('color') + '" stroke="#0004"/>' +
        '<text x="' + p.x + '" y="' + (p.y + r + 10) + '" font-size="10" text-anchor="middle">' + esc(n.data('label')) + '</text>');
    });
    out.push('</svg>');
    return new Blob([out.join('\n')], { type: 'image/svg+xml' });
  }

  // ---------- live feed ----------

  // Change event types (graphql/events.graphqls): Chinese and English.
  var EVENTS = {
    CROSS_APPOINTMENT_STARTED: ['交叉任职开始', 'cross-appointment started'],
    CROSS_APPOINTMENT_ENDED: ['交叉任职结束', 'cross-appointment ended'],
    LINK_STARTED: ['联动建立', 'link started'],
    LINK_ENDED: ['联动结束', 'link ended'],
    LINK_BECAME_PAPER: ['挂名共建', 'link became paper'],
    LINK_BECAME_ACTIVE: ['联动恢复', 'link active again'],
    POST_STARTED: ['任职开始', 'post started'],
    POST_ENDED: ['任职结束', 'post ended'],
    FINDING_OPENED: ['发现问题', 'finding opened'],
    FINDING_CLOSED: ['问题消除', 'finding closed'],
    FINDING_DECIDED: ['问题已裁定', 'finding decided'],
    ROSTER_IMPORTED: ['名册导入', 'roster imported'],
    CANDIDATE_RAISED: ['待核对', 'candidate raised']
  };
  var FEED_KEEP = 200;
  var FEED_RECENT = 10;
  // The query reads the outbox oldest first: the last few events of a scope are found by paging
  // through its cursors, at most this many pages; a scope with more shows live events only.
  var FEED_PAGE = 500;
  var FEED_PAGES = 20;
  var FEED_EVENT = 'key type date at cursor units{ id name } people{ id name }';
  var FEED_SUBSCRIPTION = 'subscription($s:ID,$after:String){ changeEvents(scopeId:$s, after:$after){ ' + FEED_EVENT + ' } }';
  var FEED_RETRY_MS = 5000;

  // received: how many events the subscriptions delivered, repeats included (for the console and tests).
  var feed = { scope: null, generation: 0, cursor: null, keys: {}, unsubscribe: null, connection: 'closed', received: 0 };
  var socketClient = GraphQlWs.createClient({
    url: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql-ws',
    onState: function (s) { feed.connection = s; feedState(); }
  });

  function feedState() {
    var el = $('feed-state');
    if (!feed.scope) { el.textContent = ''; el.className = 'muted'; return; }
    var live = feed.connection === 'open' && feed.unsubscribe;
    el.textContent = live ? '● 实时 live' : feed.connection === 'closed' && feed.unsubscribe ? '○ 重新连接中 reconnecting…' : '○ 连接中 connecting…';
    el.className = live ? 'live' : feed.connection === 'closed' && feed.unsubscribe ? 'down' : 'muted';
  }

  function pad(n) { return String(n).padStart(2, '0'); }

  function when(at) {
    var d = new Date(at);
    if (isNaN(d.getTime())) { return at; }
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
  }

  /** Puts an event on top of the list, once per key (delivery is at least once), keeping the newest FEED_KEEP. */
  function feedLine(e, fresh) {
    feed.cursor = e.cursor;
    if (feed.keys[e.key]) { return; }
    feed.keys[e.key] = true;
    var t = EVENTS[e.type] || [e.type, e.type];
    var li = document.createElement('li');
    li.setAttribute('data-type', e.type);
    li.setAttribute('data-key', e.key);
    li.innerHTML = '<time datetime="' + esc(e.at) + '">' + esc(when(e.at)) + '</time> ' +
      '<span class="kind" title="' + esc(e.type) + '">' + esc(t[0]) + ' ' + esc(t[1]) + '</span> ' +
      e.units.map(function (u) { return ref(u.id, u.name || u.id); }).join('、') +
      (e.people.length ? ' · ' + e.people.map(function (p) { return ref(p.id, p.name || p.id); }).join('、') : '') +
      ' <small class="muted">生效 effective ' + esc(e.date) + '</small>';
    var list = $('feed-list');
    list.insertBefore(li, list.firstChild);
    while (list.children.length > FEED_KEEP) {
      delete feed.keys[list.lastElementChild.getAttribute('data-key')];
      list.removeChild(list.lastElementChild);
    }
    if (fresh) {
      li.className = 'fresh';
      setTimeout(function () { li.className = ''; }, 4000);
    }
  }

  function feedNote(html, error) {
    $('feed-note').innerHTML = html;
    $('feed-note').className = error ? 'error' : 'muted';
    $('feed-note').hidden = !html;
  }

  /**
   * The last FEED_RECENT events of the scope and the cursor to go on from: the cursors of its
   * events, page by page, then the few after the one before them. Null: too many to page through.
   */
  function recentEvents(scopeId) {
    var tail = [];
    function page(after, pages) {
      return gql('query($s:ID,$n:Int,$a:String){ changeEvents(scopeId:$s, first:$n, after:$a){ edges{ cursor } pageInfo{ hasNextPage endCursor } } }',
        { s: scopeId, n: FEED_PAGE, a: after }).then(function (d) {
        var c = d.changeEvents;
        tail = tail.concat(c.edges.map(function (e) { return e.cursor; })).slice(-(FEED_RECENT + 1));
        if (!c.pageInfo.hasNextPage) { return true; }
        return pages + 1 < FEED_PAGES ? page(c.pageInfo.endCursor, pages + 1) : false;
      });
    }
    return page(null, 0).then(function (complete) {
      if (!complete) { return null; }
      if (!tail.length) { return []; }
      var after = tail.length > FEED_RECENT ? tail[0] : null;
      return gql('query($s:ID,$n:Int,$a:String){ changeEvents(scopeId:$s, first:$n, after:$a){ edges{ node{ ' + FEED_EVENT + ' } } } }',
        { s: scopeId, n: FEED_RECENT, a: after }).then(function (d) {
        return d.changeEvents.edges.map(function (e) { return e.node; });
      });
    });
  }

  /**
   * Follows a scope (null: none): completes the subscription of the one before, shows the last few
   * events of the new one, then subscribes after the last of them, so that nothing falls between.
   */
  function follow(scopeId, scopeName) {
    if (scopeId === feed.scope) { return Promise.resolve(); }
    var generation = ++feed.generation;
    if (feed.unsubscribe) { feed.unsubscribe(); feed.unsubscribe = null; }
    feed.scope = scopeId;
    feed.cursor = null;
    feed.keys = {};
    $('feed-list').innerHTML = '';
    $('feed-scope').textContent = scopeId ? '· ' + (scopeName || scopeId) : '';
    feedState();
    if (!scopeId) {
      feedNote('打开一个单位即可看到其范围内的变化。Open a unit to see what changes beneath it.');
      return Promise.resolve();
    }
    feedNote('读取最近的变化 reading the latest changes…');
    return recentEvents(scopeId).then(function (recent) {
      if (generation !== feed.generation) { return; }
      if (recent === null) {
        feedNote('本范围事件超过 ' + FEED_PAGE * FEED_PAGES + ' 条，只显示此后的变化 · more than ' + FEED_PAGE * FEED_PAGES + ' events here: showing new ones only.');
      } else {
        recent.forEach(function (e) { feedLine(e, false); });
        feedNote(recent.length ? '' : '暂无变化，新的变化会出现在这里 · no changes yet; new ones appear here.');
      }
      subscribe(scopeId, generation);
    }).catch(function (e) {
      if (generation === feed.generation) { feedNote('实时动态 live feed: ' + esc(e.message), true); }
    });
  }

  function subscribe(scopeId, generation) {
    feed.unsubscribe = socketClient.subscribe(function () {
      // On every (re)connection: go on after the last event shown.
      return { query: FEED_SUBSCRIPTION, variables: { s: scopeId, after: feed.cursor } };
    }, {
      next: function (result) {
        if (generation !== feed.generation) { return; }
        if (result.errors && result.errors.length) { feedNote(esc(result.errors.map(function (x) { return x.message; }).join('; ')), true); }
        if (result.data && result.data.changeEvents) {
          if ($('feed-note').className === 'muted') { feedNote(''); }
          feed.received++;
          feedLine(result.data.changeEvents, true);
        }
      },
      error: function (errors) { ended(scopeId, generation, (errors || []).map(function (x) { return x.message; }).join('; ')); },
      complete: function () { ended(scopeId, generation, null); }
    });
    feedState();
  }

  /** The server ended the subscription (an error, e.g. this page fell too far behind): subscribe again after a while. */
  function ended(scopeId, generation, message) {
    if (generation !== feed.generation) { return; }
    feed.unsubscribe = null;
    feedState();
    if (message) { feedNote('实时动态 live feed: ' + esc(message), true); }
    setTimeout(function () {
      if (generation === feed.generation && !feed.unsubscribe) { subscribe(scopeId, generation); }
    }, FEED_RETRY_MS);
  }

  // ---------- legend ----------

  function legend() {
    var items = Object.keys(TYPES).map(function (k) {
      return '<span><i style="background:' + TYPES[k][2] + '"></i>' + TYPES[k][0] + ' ' + TYPES[k][1] + '</span>';
    });
    items.push('<span><i style="background:' + PERSON[2] + ';border-radius:50%"></i>' + PERSON[0] + ' ' + PERSON[1] + '</span>');
    Object.keys(RELATIONS).forEach(function (k) {
      items.push('<span><i class="edge" style="background:' + RELATIONS[k][2] + '"></i>' + RELATIONS[k][0] + ' ' + RELATIONS[k][1] + '</span>');
    });
    items.push('<span class="muted">虚线框 dashed border: 还有未显示的邻居 more neighbours</span>');
    $('legend').innerHTML = items.join('');
  }

  // ---------- unit activity (side panel) ----------

  var LISTS = { RESOURCE: '资源 Resource', NEED: '需求 Need', PROJECT: '项目 Project', SERVICE: '服务 Service', DUTY: '职责 Duty' };
  var STATUSES = { OPEN: '待认领 open', CLAIMED: '已认领 claimed', DONE: '已完成 delivered', DROPPED: '已放弃 dropped' };
  var EVENT_TYPES = { JOINT_MEETING: '联席会议', COMMITTEE_MEETING: '委员会会议', ELECTION: '选举', LEGAL_SERVICE: '法律服务', VISIT: '走访', ACTIVITY: '活动' };
  var ATTENDANCE = { CHAIR: '主持', ATTENDEE: '出席', ABSENT: '缺席', ELECTED: '当选', OBSERVER: '列席' };

  function money(x) { return x ? '¥' + Number(x).toLocaleString('zh-CN') : ''; }

  /** Claimed, delivered, money and hours of a list of items. */
  function itemSums(items) {
    var s = { claimed: 0, done: 0, amount: 0, hours: 0 };
    items.forEach(function (i) {
      if (i.status === 'CLAIMED') { s.claimed++; }
      if (i.status === 'DONE') { s.done++; }
      s.amount += i.amount || 0;
      s.hours += i.hours || 0;
    });
    return '<div class="sum">' + items.length + ' 项 items · 已认领 claimed ' + s.claimed + ' · 已完成 delivered ' + s.done +
      ' · ' + money(s.amount || 0) + (s.amount ? '' : '¥0') + ' · ' + s.hours + ' 小时 hours</div>';
  }

  function itemRows(items, withAgreement) {
    return '<table><tr><th>清单 List</th><th>事项 Item</th><th>状态 Status</th><th>金额 ¥</th><th>小时 h</th></tr>' + items.map(function (i) {
      return '<tr data-item="' + esc(i.id) + '"><td>' + esc(LISTS[i.list] || i.list) + '</td><td>' + esc(i.title) +
        (i.provider ? ' <small class="muted">' + esc(i.provider.name) + '</small>' : '') +
        (withAgreement && i.agreement ? ' <small class="muted">(' + esc(i.agreement.name) + ')</small>' : '') + '</td><td>' +
        esc(STATUSES[i.status] || i.status || '') + '</td><td>' + esc(money(i.amount)) + '</td><td>' + esc(i.hours || '') + '</td></tr>';
    }).join('') + '</table>';
  }

  function attendanceText(rows) {
    var came = rows.filter(function (a) { return a.role !== 'ABSENT'; });
    var absent = rows.length - came.length;
    return came.length + ' 到 came' + (absent ? ' · ' + absent + ' 缺席 absent' : '') + (rows.length ? ': ' + rows.map(function (a) {
      var who = a.person || a.unit;
      return who ? (a.person ? esc(who.name) : ref(who.id, who.name)) + '<small class="muted">' + esc(ATTENDANCE[a.role] || a.role) + '</small>' : '';
    }).join('、') : '');
  }

  function loadActivity(id) {
    var box = $('activity');
    if (!box || !state.capabilities.agreements) { return Promise.resolve(); }
    var from = $('act-from').value || null, to = $('act-to').value || null;
    // Typing a date fires a change for every part typed: only the answer for the latest one is shown.
    var generation = ++state.activityGeneration;
    return gql('query($id:ID!,$from:Date,$to:Date){ unit(id:$id){ id ' +
      'agreements(from:$from,to:$to){ id type name since until amount parties{ role unit{ id name } } items{ id list title status amount hours provider{ id name } } } ' +
      'items(from:$from,to:$to){ id list title status amount hours agreement{ id name } provider{ id name } } ' +
      'events(from:$from,to:$to){ id type date title host{ id name } attendance{ role person{ id name } unit{ id name } } } } }',
      { id: id, from: from, to: to }).then(function (d) {
      if (state.selected !== id || generation !== state.activityGeneration || !d.unit) { return; }
      var u = d.unit;
      $('activity-body').innerHTML =
        '<h3 id="act-agreements">协议 Agreements (' + u.agreements.length + ')</h3>' + u.agreements.map(function (a) {
          return '<details class="agreement" data-agreement="' + esc(a.id) + '"><summary><b>' + esc(a.name) + '</b>' + dates(a) +
            (a.amount ? ' · ' + esc(money(a.amount)) : '') + ' · ' + a.parties.length + ' 方 parties · ' + a.items.length + ' 项 items</summary>' +
            '<div class="muted">参与方 Parties: ' + a.parties.map(function (p) {
              return ref(p.unit.id, p.unit.name) + (p.role ? '<small>（' + esc(p.role) + '）</small>' : '');
            }).join('、') + '</div>' + itemSums(a.items) + itemRows(a.items, false) + '</details>';
        }).join('') +
        '<h3 id="act-items">事项 Items (' + u.items.length + ')</h3>' + (u.items.length ? itemSums(u.items) + itemRows(u.items, true) : '') +
        '<h3 id="act-events">活动 Events (' + u.events.length + ')</h3><ul class="events">' + u.events.map(function (e) {
          return '<li data-event="' + esc(e.id) + '"><b>' + esc(e.date) + '</b> ' + esc(EVENT_TYPES[e.type] || e.type) + ' · ' + esc(e.title || '') +
            (e.host.id !== id ? ' <small class="muted">@' + ref(e.host.id, e.host.name) + '</small>' : '') +
            '<div><small>' + attendanceText(e.attendance) + '</small></div></li>';
        }).join('') + '</ul>';
    }).catch(function (e) { if ($('activity-body')) { $('activity-body').innerHTML = '<p class="error">' + esc(e.message) + '</p>'; } });
  }

  function activitySection(id) {
    if (!state.capabilities.agreements) { return ''; }
    return '<section id="activity" class="activity" data-unit="' + esc(id) + '"><h2>联建活动 Activity</h2>' +
      '<div class="window"><label>自 From <input id="act-from" type="date"></label><label>至 To <input id="act-to" type="date"></label></div>' +
      '<div id="activity-body" class="muted">读取中 loading…</div></section>';
  }

  // ---------- views ----------

  var views = { graph: $('cy'), timeline: $('view-timeline'), interlocks: $('view-interlocks'), review: $('view-review') };

  function showView(name) {
    state.view = name;
    Object.keys(views).forEach(function (k) { views[k].hidden = k !== name; });
    Array.prototype.forEach.call(document.querySelectorAll('#views button'), function (b) {
      b.classList.toggle('current', b.getAttribute('data-view') === name);
    });
    if (name === 'graph') { cy.resize(); }
    if (name === 'interlocks' && ilCy) { ilCy.resize(); }
    if (name === 'review') { return loadQueue(); }
    return Promise.resolve();
  }

  /** The unit a view starts from: the one selected, else the one opened first. */
  function currentUnit() {
    var id = state.selected || state.opened[0];
    var n = id ? cy.getElementById(id) : null;
    return n && n.nonempty() && n.data('kind') === 'UNIT' ? id : (id && !n.nonempty() ? id : null);
  }

  // ---------- timeline ----------

  var TL_PAGE = 100;
  var KINDS = { EVENT: '活动 event', POST_START: '任职 post begins', POST_END: '离任 post ends', LINK_START: '联动 link begins', LINK_END: '联动 link ends' };
  var tl = { after: null, loaded: 0, generation: 0 };

  function timelineEntry(x) {
    var what;
    if (x.event) {
      var e = x.event;
      what = '<b>' + esc(EVENT_TYPES[e.type] || e.type) + '</b> ' + esc(e.title || '') + ' · ' + ref(e.host.id, e.host.name) +
        ' <small class="muted">' + e.attendance.filter(function (a) { return a.role !== 'ABSENT'; }).length + ' 到 came</small>';
    } else if (x.post) {
      var p = x.post;
      what = esc(p.person.name) + ' · ' + esc(p.title || ROLES[p.role] || p.role) + ' · ' + ref(p.unit.id, p.unit.name) + dates(p);
    } else {
      var l = x.link, r = RELATIONS[l.type] || [l.type];
      what = ref(l.from.id, l.from.name) + ' → ' + esc(r[0]) + ' → ' + ref(l.to.id, l.to.name) + dates(l);
    }
    return '<li data-kind="' + x.kind + '"><time>' + esc(x.date) + '</time><span class="kind ' + x.kind + '">' + esc(KINDS[x.kind]) + '</span><span>' + what + '</span></li>';
  }

  /** Loads the timeline afresh (more: the next page of the one shown). */
  function loadTimeline(more) {
    if (!state.capabilities.timeline) {
      $('tl-summary').innerHTML = '<span class="error">本服务器未提供 timeline · not available on this server</span>';
      return Promise.resolve();
    }
    var generation = more ? tl.generation : ++tl.generation;
    if (!more) { tl.after = null; tl.loaded = 0; $('tl-list').innerHTML = ''; $('tl-summary').textContent = '读取中 loading…'; }
    var scope = $('tl-scope').value.trim() || null;
    return gql('query($s:ID,$sub:Boolean,$from:Date,$to:Date,$first:Int,$after:String){ timeline(scopeId:$s, subtree:$sub, from:$from, to:$to, first:$first, after:$after){ totalCount pageInfo{ hasNextPage endCursor } ' +
      'edges{ node{ date kind event{ id type title host{ id name } attendance{ role } } post{ role title since until person{ id name } unit{ id name } } link{ type since until from{ id name } to{ id name } } } } } }',
      { s: scope, sub: $('tl-subtree').checked, from: $('tl-from').value || null, to: $('tl-to').value || null, first: TL_PAGE, after: tl.after })
      .then(function (d) {
        if (generation !== tl.generation) { return; }
        var t = d.timeline;
        $('tl-list').insertAdjacentHTML('beforeend', t.edges.map(function (e) { return timelineEntry(e.node); }).join(''));
        tl.loaded += t.edges.length;
        tl.after = t.pageInfo.endCursor;
        $('tl-more').hidden = !t.pageInfo.hasNextPage;
        $('tl-summary').textContent = (scope || '全区 all units') + ($('tl-subtree').checked ? '（含下级 with the units under it）' : '') +
          ' · 共 ' + t.totalCount + ' 条 entries · 已显示 shown ' + tl.loaded;
      }).catch(function (e) { $('tl-summary').innerHTML = '<span class="error">' + esc(e.message) + '</span>'; });
  }

  function timelineOf(id) {
    $('tl-scope').value = id || '';
    return showView('timeline').then(function () { return loadTimeline(false); });
  }

  // ---------- interlocks ----------

  var ilCy = null;

  function interlockGraph() {
    if (ilCy) { return ilCy; }
    ilCy = cytoscape({ container: $('cy-il'), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4, style: [
      { selector: 'node', style: { 'label': 'data(name)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 2,
        'text-wrap': 'wrap', 'text-max-width': 120, 'background-color': 'data(color)', 'shape': 'data(shape)',
        'width': 'data(size)', 'height': 'data(size)', 'border-width': 1, 'border-color': '#0004',
        'text-outline-color': '#fff', 'text-outline-width': 1.5 } },
      { selector: 'edge', style: { 'width': 'data(width)', 'line-color': '#8b1a1a', 'opacity': 0.55, 'curve-style': 'haystack',
        'label': 'data(label)', 'font-size': 9, 'color': '#333', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: ':selected', style: { 'overlay-color': '#ffeb3b', 'overlay-opacity': 0.4, 'overlay-padding': 4 } }
    ] });
    ilCy.on('tap', 'edge', function (ev) { interlockDetail(ev.target.data()); });
    ilCy.on('tap', 'node', function (ev) {
      var n = ev.target;
      $('il-detail').innerHTML = '<h3>' + esc(n.data('name')) + '</h3><p>' + n.degree() + ' 个联锁单位 interlocked units</p>' +
        '<button type="button" data-goto="' + esc(n.id()) + '">在图谱中打开 Open in the graph</button>';
    });
    return ilCy;
  }

  function interlockDetail(d) {
    $('il-detail').innerHTML = '<h3>' + esc(d.aName) + ' — ' + esc(d.bName) + '</h3><p>权重 weight ' + d.weight + ' 天 days · ' +
      d.people.length + ' 人 people</p><ul>' + d.people.map(function (p) { return '<li>' + esc(p.name) + ' <small class="muted">' + esc(p.id) + '</small></li>'; }).join('') + '</ul>';
  }

  function loadInterlocks() {
    if (!state.capabilities.interlocks) {
      $('il-summary').innerHTML = '<span class="error">本服务器未提供 interlocks · not available on this server</span>';
      return Promise.resolve();
    }
    var g = interlockGraph();
    var min = parseInt($('il-min').value, 10), first = parseInt($('il-first').value, 10);
    var scope = $('il-scope').value.trim() || null;
    state.drawing++;
    $('il-summary').textContent = '计算中 computing…';
    return gql('query($s:ID,$asOf:Date,$min:Int,$first:Int){ interlocks(scopeId:$s, asOf:$asOf, minWeight:$min, first:$first){ weight a{ id name type } b{ id name type } people{ id name } } }',
      { s: scope, asOf: state.asOf, min: isNaN(min) ? 1 : min, first: isNaN(first) ? 200 : first }).then(function (d) {
      var edges = d.interlocks, units = {}, max = 1;
      edges.forEach(function (e) { units[e.a.id] = e.a; units[e.b.id] = e.b; max = Math.max(max, e.weight); });
      g.elements().remove();
      g.add(Object.keys(units).map(function (id) {
        var u = units[id], t = TYPES[u.type] || ['?', u.type, '#999', 'ellipse'];
        return { group: 'nodes', data: { id: id, name: u.name, type: u.type, color: t[2], shape: t[3], size: 22 } };
      }));
      g.add(edges.map(function (e, i) {
        return { group: 'edges', data: { id: 'il' + i, source: e.a.id, target: e.b.id, weight: e.weight, people: e.people,
          aName: e.a.name, bName: e.b.name, label: String(e.people.length), width: 1 + 9 * Math.sqrt(e.weight / max) } };
      }));
      g.nodes().forEach(function (n) { n.data('size', 14 + 4 * Math.sqrt(n.degree())); });
      $('il-summary').textContent = (scope || '全区 all units') + ' · ' + state.asOf + ' · 权重 ≥ ' + (isNaN(min) ? 1 : min) + ' 天 days: ' +
        edges.length + ' 条联锁 interlocks · ' + Object.keys(units).length + ' 个单位 units（边上数字：共同任职人数 edge label: people shared）';
      $('il-detail').innerHTML = '';
      if (!edges.length) { return; }
      return new Promise(function (resolve) {
        var run = g.layout({ name: 'fcose', animate: false, randomize: true, quality: 'default',
          nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 90; }, nodeDimensionsIncludeLabels: true });
        run.one('layoutstop', function () { g.fit(undefined, 20); resolve(); });
        run.run();
      });
    }).catch(function (e) { $('il-summary').innerHTML = '<span class="error">' + esc(e.message) + '</span>'; })
      .finally(function () { state.drawing--; });
  }

  function interlocksOf(id) {
    $('il-scope').value = id || '';
    return showView('interlocks').then(function () { return loadInterlocks(); });
  }

  // ---------- who is who (review queue) ----------

  var FIELDS = [
    ['name', '姓名 Name', function (p) { return p.name; }],
    ['phone', '电话 Phone', function (p) { return p.phone; }],
    ['birth', '出生 Birth', function (p) { return p.birthYear; }],
    ['gender', '性别 Gender', function (p) { return p.gender; }],
    ['idCard', '身份证 ID card', function () { return '（仅存散列，不显示 kept only as a hash）'; }],
    ['street', '街道 Street', null]
  ];
  var review = { candidate: null };

  function streetOf(u) {
    for (var x = u; x; x = x.parent) { if (x.type === 'STREET_COMMITTEE') { return x; } }
    return null;
  }

  function loadQueue() {
    if (!state.canReview) {
      $('rv-candidate').innerHTML = '<p class="muted">识别队列仅供审计和编辑人员使用。The review queue is for auditors and editors.</p>';
      return Promise.resolve();
    }
    var scope = $('rv-scope').value.trim() || null;
    $('rv-candidate').innerHTML = '<p class="muted">读取中 loading…</p>';
    return gql('query($s:ID){ resolutionCandidates(scopeId:$s, first:20){ totalCount edges{ node{ id score mentions{ personId file sheet row unitId name } evidence{ rule agree differ } } } } }', { s: scope })
      .then(function (d) {
        var q = d.resolutionCandidates;
        $('rv-count').textContent = '待决定 open: ' + q.totalCount;
        if (!q.edges.length) {
          review.candidate = null;
          $('rv-candidate').innerHTML = '<p class="muted">没有待识别的候选。No candidates left to review.</p>';
          return;
        }
        return showCandidate(q.edges[0].node, q.edges.map(function (e) { return e.node.id; }));
      }).catch(function (e) { $('rv-candidate').innerHTML = '<p class="error">' + esc(e.message) + '</p>'; });
  }

  function showCandidate(c, queue) {
    review.candidate = c;
    var people = [], units = [];
    c.mentions.forEach(function (m) {
      if (people.indexOf(m.personId) < 0) { people.push(m.personId); }
      if (units.indexOf(m.unitId) < 0) { units.push(m.unitId); }
    });
    var vars = {}, defs = [], sel = [];
    people.forEach(function (id, i) { vars['p' + i] = id; defs.push('$p' + i + ':ID!'); sel.push('p' + i + ': person(id:$p' + i + '){ id name phone birthYear gender partyMember }'); });
    units.forEach(function (id, i) {
      vars['u' + i] = id; defs.push('$u' + i + ':ID!');
      sel.push('u' + i + ': unit(id:$u' + i + '){ id name type parent{ id name type parent{ id name type parent{ id name type parent{ id name type } } } } }');
    });
    return gql('query(' + defs.join(',') + '){ ' + sel.join(' ') + ' }', vars).then(function (d) {
      var person = {}, unit = {};
      people.forEach(function (id, i) { person[id] = d['p' + i] || {}; });
      units.forEach(function (id, i) { unit[id] = d['u' + i] || { id: id, name: id }; });
      var cls = function (f) { return c.evidence.agree.indexOf(f) >= 0 ? 'agree' : c.evidence.differ.indexOf(f) >= 0 ? 'differ' : ''; };
      var cell = function (v) { return v == null || v === '' ? '<span class="muted">—</span>' : esc(v); };
      var rows = '<tr><th>名单 Roster</th>' + c.mentions.map(function (m) {
        return '<td><code>' + esc(m.file + (m.sheet ? '!' + m.sheet : '') + '!' + m.row) + '</code></td>';
      }).join('') + '</tr><tr><th>单位 Unit</th>' + c.mentions.map(function (m) { return '<td>' + esc(unit[m.unitId].name) + '</td>'; }).join('') + '</tr>' +
        '<tr><th>名单上的写法 As written</th>' + c.mentions.map(function (m) { return '<td>' + cell(m.name) + '</td>'; }).join('') + '</tr>';
      FIELDS.forEach(function (f) {
        rows += '<tr class="' + cls(f[0]) + '" data-field="' + f[0] + '"><th>' + esc(f[1]) + '</th>' + c.mentions.map(function (m) {
          if (f[0] === 'street') { var s = streetOf(unit[m.unitId]); return '<td>' + cell(s && s.name) + '</td>'; }
          return '<td>' + cell(f[2](person[m.personId])) + '</td>';
        }).join('') + '</tr>';
      });
      rows += '<tr><th>人员 Person</th>' + c.mentions.map(function (m) { return '<td><code>' + esc(m.personId) + '</code></td>'; }).join('') + '</tr>';
      $('rv-candidate').innerHTML = '<div class="review" data-candidate="' + esc(c.id) + '"><h2>是否同一人？ The same person?</h2>' +
        '<p>规则 Rule: <b>' + esc(c.evidence.rule) + '</b> · 得分 score ' + c.score.toFixed(2) + ' · 一致 agree: ' + esc(c.evidence.agree.join(', ') || '—') +
        ' · 不同 differ: ' + esc(c.evidence.differ.join(', ') || '—') + '</p><table>' + rows + '</table>' +
        '<div class="decide"><label>理由 Reason <textarea id="rv-reason" placeholder="必填 required"></textarea></label>' +
        '<button type="button" id="rv-same">同一人 SAME</button><button type="button" id="rv-different">不同人 DIFFERENT</button></div>' +
        '<p class="muted">队列 Queue: ' + queue.map(esc).join(' · ') + '</p></div>';
    });
  }

  function decide(decision) {
    var c = review.candidate;
    if (!c) { return Promise.resolve(); }
    var reason = $('rv-reason').value.trim();
    if (!reason) {
      $('rv-last').innerHTML = '<span class="error">请写明理由 A reason is required.</span>';
      $('rv-reason').focus();
      return Promise.resolve();
    }
    return gql('mutation($id:ID!,$d:ResolutionDecision!,$r:String!){ decideResolution(candidateId:$id, decision:$d, reason:$r){ candidateId status personId } }',
      { id: c.id, d: decision, r: reason }).then(function (d) {
      var x = d.decideResolution;
      $('rv-last').innerHTML = '已决定 Decided <code>' + esc(x.candidateId) + '</code>: <b>' + esc(x.status) + '</b> → <code>' + esc(x.personId) + '</code>';
      return loadQueue();
    }).catch(function (e) { $('rv-last').innerHTML = '<span class="error">' + esc(e.message) + '</span>'; });
  }

  // ---------- wiring ----------

  function today() {
    var d = new Date();
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }

  $('search').addEventListener('input', function (ev) {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { search(ev.target.value); }, 200);
  });
  $('results').addEventListener('click', function (ev) {
    var li = ev.target.closest('[data-open]');
    if (li) { $('results').hidden = true; open(li.getAttribute('data-open')); }
  });
  $('asof').addEventListener('change', function (ev) { state.asOf = ev.target.value || today(); redraw(); });
  $('measure').addEventListener('change', function (ev) { sizeBy(ev.target.value); });
  $('relayout').addEventListener('click', function () { layout(); });
  $('png').addEventListener('click', function () { download(png(), 'govgraph-' + state.asOf + '.png'); });
  $('svg').addEventListener('click', function () { download(svg(), 'govgraph-' + state.asOf + '.svg'); });
  $('find-paths').addEventListener('click', function () { findPaths(); });
  $('panel').addEventListener('click', function (ev) {
    var b = ev.target.closest('[data-act]');
    if (b) {
      var id = b.getAttribute('data-id'), act = b.getAttribute('data-act');
      if (act === 'expand') { expand(id).then(function () { select(id); }); }
      if (act === 'from') { setEnd('pathFrom', id); }
      if (act === 'to') { setEnd('pathTo', id); }
      if (act === 'collapse') { collapse(id).then(function () { select(id); }); }
      if (act === 'axis') { axisReport(id); }
      if (act === 'timeline') { timelineOf(id); }
      if (act === 'interlocks') { interlocksOf(id); }
      return;
    }
    var g = ev.target.closest('[data-goto]');
    if (g) {
      var target = g.getAttribute('data-goto');
      if (cy.getElementById(target).nonempty()) { cy.animate({ center: { eles: cy.getElementById(target) } }, { duration: 200 }); select(target); }
      else { expand(target).then(function () { select(target); }); }
    }
  });
  $('panel').addEventListener('change', function (ev) {
    if (ev.target.id === 'act-from' || ev.target.id === 'act-to') { loadActivity($('activity').getAttribute('data-unit')); }
  });
  $('views').addEventListener('click', function (ev) {
    var b = ev.target.closest('[data-view]');
    if (!b) { return; }
    var v = b.getAttribute('data-view');
    if (v === 'timeline' && !$('tl-scope').value && currentUnit()) { timelineOf(currentUnit()); return; }
    if (v === 'interlocks' && !$('il-scope').value && currentUnit()) { interlocksOf(currentUnit()); return; }
    showView(v);
  });
  $('tl-load').addEventListener('click', function () { loadTimeline(false); });
  $('tl-more').addEventListener('click', function () { loadTimeline(true); });
  $('il-load').addEventListener('click', function () { loadInterlocks(); });
  $('rv-load').addEventListener('click', function () { loadQueue(); });
  $('rv-candidate').addEventListener('click', function (ev) {
    if (ev.target.id === 'rv-same') { decide('SAME'); }
    if (ev.target.id === 'rv-different') { decide('DIFFERENT'); }
  });
  // A unit named in a view opens in the graph.
  [views.timeline, views.interlocks].forEach(function (v) {
    v.addEventListener('click', function (ev) {
      var g = ev.target.closest('[data-goto]');
      if (g) { var target = g.getAttribute('data-goto'); showView('graph'); open(target); }
    });
  });
  cy.on('tap', 'node', function (ev) { select(ev.target.id()); });
  cy.on('dbltap', 'node', function (ev) { expand(ev.target.id()); });

  state.asOf = today();
  $('asof').value = state.asOf;
  legend();
  var ready = gql('{ __schema { queryType { fields { name } } } }').then(function (d) {
    d.__schema.queryType.fields.forEach(function (f) { state.capabilities[f.name] = true; });
    if (!state.capabilities.centrality) {
      $('measure').disabled = true;
      $('measure').title = 'centrality 未在本服务器提供 · not available on this server';
    }
    if (!state.capabilities.neighborhood) {
      $('status').innerHTML = '<span class="error">本服务器未提供 neighborhood 查询 · the server has no neighborhood query</span>';
    }
    if (!state.capabilities.me || !state.capabilities.resolutionCandidates) { return; }
    // Deciding who is who is for auditors and editors: nobody else is shown the view.
    return gql('{ me { name roles } }').then(function (m) {
      state.roles = m.me.roles;
      state.canReview = m.me.roles.indexOf('AUDITOR') >= 0 || m.me.roles.indexOf('EDITOR') >= 0;
      document.querySelector('#views [data-view="review"]').hidden = !state.canReview;
    });
  });

  // For tests and the console: the graph and the actions a person takes.
  window.explorer = { cy: cy, state: state, ready: ready, open: open, expand: expand, redraw: redraw, collapse: collapse,
    sizeBy: sizeBy, counts: counts, draw: draw, select: select, png: png, svg: svg, feed: feed, socket: socketClient.socket,
    showView: showView, timeline: loadTimeline, interlocks: loadInterlocks, interlockGraph: function () { return ilCy; },
    queue: loadQueue };
})();
