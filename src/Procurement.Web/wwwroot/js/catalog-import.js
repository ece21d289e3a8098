// Polls a catalog import's JSON status and shows its progress, then its outcome and every refused row.
(function () {
  'use strict';
  var section = document.getElementById('import-progress');
  if (!section) { return; }
  var summary = document.getElementById('import-summary');
  var bar = document.getElementById('import-bar');
  var errors = document.getElementById('import-errors');

  function text(tag, content) { var el = document.createElement(tag); el.textContent = content; return el; }

  function show(status) {
    var percent = status.totalRows > 0 ? Math.round(100 * status.processedRows / status.totalRows) : 0;
    bar.value = status.finished ? 100 : percent;
    bar.textContent = bar.value + '%';
    if (status.status === 'Queued') { summary.textContent = 'The import is queued…'; return; }
    if (status.status === 'Running') { summary.textContent = 'Checked ' + status.processedRows + ' of ' + status.totalRows + ' rows…'; return; }
    if (status.status === 'Failed') { summary.textContent = 'Nothing was imported: ' + status.failureReason; }
    else {
      summary.textContent = 'Done: ' + status.created + ' items added, ' + status.updated + ' updated, ' + status.invalidRows + ' rows refused.';
    }
    errors.replaceChildren();
    if (status.errors.length > 0) {
      var table = document.createElement('table');
      table.className = 'usa-table usa-table--borderless';
      table.appendChild(text('caption', 'Rows refused (nothing of them was written)'));
      var head = document.createElement('tr');
      ['Row', 'Column', 'Problem'].forEach(function (h) { var th = text('th', h); th.scope = 'col'; head.appendChild(th); });
      table.appendChild(document.createElement('thead')).appendChild(head);
      var body = table.appendChild(document.createElement('tbody'));
      status.errors.forEach(function (e) {
        var tr = document.createElement('tr');
        tr.appendChild(text('td', e.row)); tr.appendChild(text('td', e.field)); tr.appendChild(text('td', e.message));
        body.appendChild(tr);
      });
      errors.appendChild(table);
    }
  }

  function poll() {
    fetch(section.dataset.statusUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { return response.json().then(function (p) { throw new Error(p.detail || p.title); }); }
        return response.json();
      })
      .then(function (status) { show(status); if (!status.finished) { setTimeout(poll, 1000); } })
      .catch(function (error) { summary.textContent = 'Could not read the progress: ' + error.message; });
  }

  poll();
}());
