// DeFaaS explorer: shows times in the reader's time zone and relative to now, and keeps the
// page live. The server pushes server-sent events (/api/events): "status" when the chain's
// head moves or the node stops or starts answering, "change" naming the orders and accounts
// the chain just changed; a page the change concerns fetches its own <main> again and swaps
// it in. Nothing is polled; nothing is loaded from anywhere else.
(function () {
  'use strict';

  var main = document.getElementById('main');
  var refreshes = 0;

  // ------------------------------------------------------------------ times

  function rel(deltaSec) {
    var a = Math.abs(deltaSec), s;
    if (a < 1) return 'now';
    if (a < 60) s = Math.round(a) + ' s';
    else if (a < 3600) s = Math.floor(a / 60) + ' min' + (a < 600 ? ' ' + Math.round(a % 60) + ' s' : '');
    else if (a < 86400) s = Math.floor(a / 3600) + ' h ' + Math.floor((a % 3600) / 60) + ' min';
    else s = Math.floor(a / 86400) + ' d';
    return deltaSec > 0 ? 'in ' + s : s + ' ago';
  }

  var absFmt = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' };
  var clockFmt = { hour: '2-digit', minute: '2-digit', second: '2-digit' };

  function renderTimes(root) {
    var now = Date.now() / 1000;
    var els = (root || document).querySelectorAll('[data-t]');
    for (var i = 0; i < els.length; i++) {
      var el = els[i], t = +el.getAttribute('data-t'), f = el.getAttribute('data-f'), d = new Date(t * 1000), text;
      switch (f) {
        case 'rel': text = rel(t - now); break;
        case 'abs': text = d.toLocaleString(undefined, absFmt); break;
        case 'clock': text = d.toLocaleTimeString(undefined, clockFmt); break;
        case 'count':
          text = t > now ? rel(t - now) : 'ended ' + rel(t - now);
          el.classList.toggle('soon', t > now && t - now < 10);
          el.classList.toggle('ended', t <= now);
          break;
        default: text = d.toLocaleString(undefined, absFmt) + ' (' + rel(t - now) + ')';
      }
      if (el.textContent !== text) el.textContent = text;
    }
  }
  renderTimes();
  setInterval(renderTimes, 1000);

  // ------------------------------------------------------------------ live updates

  var inflight = false, again = false;

  function concerns(change) {
    var scope = main.getAttribute('data-scope') || '';
    if (change.all) return true;
    if (scope.indexOf('order:') === 0) return (change.orders || []).indexOf(+scope.slice(6)) >= 0;
    if (scope.indexOf('account:') === 0) {
      var a = scope.slice(8);
      return (change.accounts || []).some(function (x) { return x.toLowerCase() === a; });
    }
    if (scope === 'error') return false;
    return !!change.market;
  }

  function refresh() {
    if (inflight) { again = true; return; }
    inflight = true;
    fetch(location.pathname + location.search, { headers: { 'X-Explorer-Partial': '1' }, cache: 'no-store' })
      .then(function (r) {
        if (!r.ok) return null;
        var at = r.headers.get('X-Explorer-Indexed');
        if (at) main.setAttribute('data-indexed', at);
        return r.text();
      })
      .then(function (html) {
        if (html === null) return;
        main.innerHTML = html;
        renderTimes(main);
        refreshes++;
        document.body.setAttribute('data-refreshes', String(refreshes));
      })
      .catch(function () {})
      .then(function () {
        inflight = false;
        if (again) { again = false; refresh(); }
      });
  }

  var banner = document.getElementById('rpc-banner');
  var liveBanner = document.getElementById('live-banner');
  var live = document.getElementById('live');
  var rpcWasOK = banner.classList.contains('hidden');
  var synced = false;

  function setText(id, v) {
    var el = document.getElementById(id);
    if (el && el.textContent !== String(v)) el.textContent = String(v);
  }

  function showStatus(s) {
    setText('head', s.head);
    setText('indexed', s.indexed);
    // Changes indexed between the page's rendering and the stream's start were never
    // announced to it: catch up once.
    if (!synced) {
      synced = true;
      if (s.indexed > +(main.getAttribute('data-indexed') || 0)) refresh();
    }
    if (s.rpc.ok) {
      banner.classList.add('hidden');
      banner.textContent = '';
      if (!rpcWasOK) refresh();
    } else {
      // The same words as the server's banner (parts.html), built without innerHTML.
      banner.textContent = '';
      var b = document.createElement('b');
      b.textContent = 'The node does not answer.';
      banner.appendChild(b);
      banner.appendChild(document.createTextNode(' ' + s.node + ': ' + s.rpc.error + ' — since '));
      var t = document.createElement('time');
      t.setAttribute('data-t', String(Math.floor(Date.parse(s.rpc.since) / 1000)));
      t.setAttribute('data-f', 'both');
      banner.appendChild(t);
      banner.appendChild(document.createTextNode('. This page shows what was indexed up to block ' + s.indexed +
        ' and catches up by itself when the node is back.'));
      banner.classList.remove('hidden');
      renderTimes(banner);
    }
    rpcWasOK = s.rpc.ok;
  }

  if (!window.EventSource) return;
  var es = new EventSource('/api/events');
  var lost = false;
  es.addEventListener('open', function () {
    live.classList.add('on');
    live.title = 'live updates: on';
    liveBanner.classList.add('hidden');
    if (lost) { lost = false; synced = false; }
  });
  es.addEventListener('error', function () {
    live.classList.remove('on');
    live.title = 'live updates: reconnecting';
    lost = true;
    liveBanner.textContent = 'Lost the connection to the explorer; reconnecting…';
    liveBanner.classList.remove('hidden');
  });
  es.addEventListener('status', function (e) { showStatus(JSON.parse(e.data)); });
  es.addEventListener('change', function (e) {
    if (concerns(JSON.parse(e.data))) refresh();
  });
})();
