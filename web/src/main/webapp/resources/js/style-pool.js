/* The order form's style pictures: a style whose sample a node is still making answers 404; its card says so
   and asks again every few seconds until the picture is there. Clicking a picture ticks its style. Listened to
   on the document (load and error in the capture phase, since they do not bubble), so pictures that AJAX
   brings in later are served too, and no handler sits inline in the page. */
var HeadshotsStylePool = (function () {
  var RETRY_MS = 5000;

  function card(img) {
    return img.closest(".hs-style-card");
  }

  return {
    toggle: function (frame) {
      card(frame).querySelector(".ui-chkbox-box").click();
    },
    shown: function (img) {
      card(img).classList.remove("hs-pending");
    },
    later: function (img) {
      card(img).classList.add("hs-pending");
      setTimeout(function () {
        var url = new URL(img.src, window.location.href);
        url.searchParams.set("v", String(Date.now()));
        img.src = url.toString();
      }, RETRY_MS);
    }
  };
})();

document.addEventListener("click", function (event) {
  var frame = event.target.closest && event.target.closest(".hs-style-frame");
  if (frame) {
    HeadshotsStylePool.toggle(frame);
  }
});
document.addEventListener("load", function (event) {
  if (event.target.classList && event.target.classList.contains("hs-style-sample")) {
    HeadshotsStylePool.shown(event.target);
  }
}, true);
document.addEventListener("error", function (event) {
  if (event.target.classList && event.target.classList.contains("hs-style-sample")) {
    HeadshotsStylePool.later(event.target);
  }
}, true);
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("img.hs-style-sample").forEach(function (img) {
    if (img.complete) {
      if (img.naturalWidth > 0) {
        HeadshotsStylePool.shown(img);
      } else {
        HeadshotsStylePool.later(img);
      }
    }
  });
});
