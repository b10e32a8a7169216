/*
 * Downloads the cockpit streams (the roster, the team's photos): the browser saves the file while this polls how far
 * the server is and shows it as a progress bar.
 */
(function () {
  'use strict';

  function token() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function show(status, text, percent, state) {
    status.hidden = false;
    status.className = 'hs-download ' + (state || '');
    status.querySelector('.hs-download-label').textContent = text;
    status.querySelector('.hs-bar-fill').style.width = percent + '%';
  }

  /* The sizes ticked, and the members selected in the cockpit's table when only those are wanted. */
  function options(link) {
    var box = document.getElementById(link.getAttribute('data-options') || '');
    if (!box) {
      return '';
    }
    var sizes = Array.prototype.map.call(box.querySelectorAll('input[name=size]:checked'), function (input) {
      return input.value;
    });
    var query = '&sizes=' + encodeURIComponent(sizes.join(','));
    var only = box.querySelector('input[name=selected-only]');
    var selection = document.getElementById('cockpit:members_selection');
    if (only && only.checked && selection && selection.value && selection.value !== '@all') {
      selection.value.split(',').forEach(function (person) {
        query += '&people=' + encodeURIComponent(person);
      });
    }
    return query;
  }

  function start(link) {
    var status = document.getElementById(link.getAttribute('data-status'));
    var what = link.getAttribute('data-what');
    var unit = link.getAttribute('data-unit');
    var progressUrl = link.getAttribute('data-progress');
    var box = document.getElementById(link.getAttribute('data-options') || '');
    if (box && !box.querySelector('input[name=size]:checked')) {
      show(status, 'Tick at least one size for the photos.', 0, 'is-failed');
      return;
    }
    var id = token();
    var url = link.getAttribute('href') + (link.getAttribute('href').indexOf('?') < 0 ? '?' : '&') + 'progress=' + id
      + options(link);
    var saver = document.createElement('a');
    saver.href = url;
    saver.setAttribute('download', '');
    document.body.appendChild(saver);
    saver.click();
    saver.remove();
    show(status, what + ': starting…', 0);
    var misses = 0;
    var timer = window.setInterval(function () {
      fetch(progressUrl + '?token=' + id, {credentials: 'same-origin', cache: 'no-store'}).then(function (reply) {
        if (reply.status === 404) {
          if (++misses > 60) {
            window.clearInterval(timer);
            show(status, what + ' did not start. Try again.', 0, 'is-failed');
          }
          return null;
        }
        return reply.json();
      }).then(function (step) {
        if (!step) {
          return;
        }
        var percent = step.total > 0 ? Math.round(100 * step.done / step.total) : (step.finished ? 100 : 0);
        if (step.failed) {
          window.clearInterval(timer);
          show(status, what + ' could not be made. Try again; if it fails again, IT finds why in the server log.',
            percent, 'is-failed');
        } else if (step.finished) {
          window.clearInterval(timer);
          show(status, (link.getAttribute('data-ready') || what + ' is ready') + ': ' + step.total.toLocaleString()
            + ' ' + unit + '.', 100, 'is-done');
        } else {
          show(status, what + ': ' + step.done.toLocaleString() + ' of ' + step.total.toLocaleString() + ' ' + unit
            + '…', percent);
        }
      }).catch(function () { /* the next poll tries again */ });
    }, 500);
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-download]');
    if (link) {
      event.preventDefault();
      start(link);
    }
  });
})();
