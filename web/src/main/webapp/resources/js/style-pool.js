/* The order form's style pictures: a style whose sample a node is still making answers 404; its card says so
   and asks again every few seconds until the picture is there. */
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
