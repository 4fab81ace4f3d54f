// Progressive enhancement only: the pages work without it. The nomination form checks eligibility as the clerk types.
(function () {
  var form = document.querySelector('form[data-eligibility]');
  if (!form) return;
  var output = document.getElementById('eligibility');
  var timer;
  function check() {
    var data = new FormData(form);
    var body = {};
    data.forEach(function (value, key) { if (key !== '_csrf') body[key] = value; });
    output.textContent = output.dataset.checking;
    fetch(form.dataset.eligibility, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': data.get('_csrf') },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    })
      .then(function (response) { return response.json(); })
      .then(function (result) {
        output.innerHTML = '';
        var line = document.createElement('p');
        if (result.eligible) {
          line.className = 'eligible';
          line.textContent = output.dataset.eligible;
          output.appendChild(line);
          return;
        }
        line.textContent = result.message || output.dataset.notEligible;
        output.appendChild(line);
        var list = document.createElement('ul');
        (result.violations || result.details || []).forEach(function (item) {
          var entry = document.createElement('li');
          entry.textContent = item.message;
          list.appendChild(entry);
        });
        output.appendChild(list);
      })
      .catch(function () { output.textContent = ''; });
  }
  form.addEventListener('change', function () { clearTimeout(timer); timer = setTimeout(check, 300); });
})();

// Before a ballot goes, the member sees the choices it carries; before CLOSE with ballots missing, the officer is warned.
(function () {
  var ballot = document.querySelector('form[data-confirm-ballot]');
  if (ballot) {
    ballot.addEventListener('submit', function (event) {
      var lines = [];
      ballot.querySelectorAll('fieldset').forEach(function (fieldset) {
        var chosen = fieldset.querySelector('input[type=radio]:checked');
        lines.push(fieldset.querySelector('legend').textContent + ': ' + (chosen ? chosen.dataset.choice : '—'));
      });
      if (!window.confirm(ballot.dataset.confirmBallot + '\n\n' + lines.join('\n'))) event.preventDefault();
    });
  }
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
})();

// A print under way updates its progress every two seconds; once it is done the page is shown again with its link.
(function () {
  var rows = document.querySelectorAll('tr[data-print]');
  if (!rows.length) return;
  var timer = setInterval(function () {
    rows.forEach(function (row) {
      fetch(row.dataset.print, { credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (print) {
          if (print.state === 'done' || print.state === 'failed') {
            clearInterval(timer);
            window.location.reload();
            return;
          }
          if (print.state === 'printing') row.querySelector('[data-print-state]').textContent = row.dataset.printing;
          var bar = row.querySelector('.progress');
          bar.setAttribute('aria-valuenow', print.printed);
          bar.setAttribute('aria-valuemax', print.total || 0);
          bar.firstElementChild.style.width = (print.total ? Math.round((100 * print.printed) / print.total) : 0) + '%';
          row.querySelector('[data-print-count]').textContent = print.printed + (print.total ? ' / ' + print.total : '');
        })
        .catch(function () { clearInterval(timer); });
    });
  }, 2000);
})();
