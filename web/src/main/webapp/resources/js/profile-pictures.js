/*
 * Live previews of profile pictures: every [data-param] field inside a .hs-profile-template box adds itself to
 * the box's data-preview address; on each change the picture is fetched again and shown, or the server's reason
 * (no favourite yet, a template the organisation cannot use) is shown in its place. A download link named by
 * data-download follows the same address. Listeners are on the document, so boxes an Ajax update replaces keep
 * working.
 */
(function () {
  'use strict';

  var pending = new WeakMap();

  function address(box) {
    var url = box.getAttribute('data-preview');
    box.querySelectorAll('[data-param]').forEach(function (field) {
      var value = field.type === 'checkbox' ? String(field.checked) : field.value;
      if (value !== '') {
        url += '&' + encodeURIComponent(field.getAttribute('data-param')) + '=' + encodeURIComponent(value);
      }
    });
    return url;
  }

  function refresh(box) {
    var image = document.getElementById(box.getAttribute('data-image'));
    var message = document.getElementById(box.getAttribute('data-message'));
    var link = document.getElementById(box.getAttribute('data-download') || '');
    var url = address(box);
    if (link) {
      link.href = url + '&download=1';
    }
    box.classList.add('is-loading');
    var asked = url;
    box.setAttribute('data-asked', asked);
    fetch(url, {credentials: 'same-origin', cache: 'no-store'}).then(function (reply) {
      if (box.getAttribute('data-asked') !== asked) {
        return null;
      }
      if (!reply.ok) {
        return reply.text().then(function (text) {
          throw new Error(text && text.length < 600 ? text : 'The preview could not be made (' + reply.status + ')');
        });
      }
      return reply.blob();
    }).then(function (blob) {
      if (!blob) {
        return;
      }
      var old = image.getAttribute('data-object-url');
      if (old) {
        URL.revokeObjectURL(old);
      }
      var shown = URL.createObjectURL(blob);
      image.setAttribute('data-object-url', shown);
      image.src = shown;
      image.hidden = false;
      image.setAttribute('data-query', url.substring(url.indexOf('?') + 1));
      message.textContent = '';
      box.classList.remove('is-loading');
    }).catch(function (error) {
      image.hidden = true;
      message.textContent = error.message;
      box.classList.remove('is-loading');
    });
  }

  function changed(event) {
    var field = event.target;
    var box = field.closest && field.closest('.hs-profile-template');
    if (!box || !field.hasAttribute('data-param')) {
      return;
    }
    clearTimeout(pending.get(box));
    pending.set(box, setTimeout(function () { refresh(box); }, event.type === 'input' ? 350 : 0));
  }

  document.addEventListener('change', changed);
  document.addEventListener('input', changed);

  /* An image the server refuses has no picture to show: ask again to show the reason instead. */
  document.addEventListener('error', function (event) {
    var image = event.target;
    if (image.tagName !== 'IMG') {
      return;
    }
    var box = image.closest('.hs-profile-template');
    if (box && image.id === box.getAttribute('data-image') && !image.hasAttribute('data-object-url')) {
      refresh(box);
    }
  }, true);
})();
