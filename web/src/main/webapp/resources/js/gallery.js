/* The gallery's zoom and side-by-side compare; the images come from /employee/headshot-image. */
(function () {
  "use strict";

  function image(id, size) {
    return document.body.getAttribute("data-context") + "/employee/headshot-image?id=" + id + "&size=" + size;
  }

  function zoom(id) {
    var overlay = document.getElementById("zoom");
    document.getElementById("zoom-image").src = image(id, "1024");
    overlay.hidden = false;
  }

  function closeZoom() {
    document.getElementById("zoom").hidden = true;
  }

  function compare() {
    var chosen = Array.prototype.slice.call(document.querySelectorAll(".headshot-compare:checked"))
      .map(function (box) { return box.value; });
    var panel = document.getElementById("compare");
    var images = panel.querySelectorAll("img");
    if (chosen.length < 2) {
      panel.hidden = true;
      return;
    }
    images[0].src = image(chosen[chosen.length - 2], "1024");
    images[1].src = image(chosen[chosen.length - 1], "1024");
    panel.hidden = false;
  }

  document.addEventListener("click", function (event) {
    var thumbnail = event.target.closest(".headshot-thumbnail");
    if (thumbnail) {
      zoom(thumbnail.getAttribute("data-id"));
    } else if (event.target.closest("#zoom")) {
      closeZoom();
    }
  });
  document.addEventListener("change", function (event) {
    if (event.target.classList.contains("headshot-compare")) {
      compare();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      closeZoom();
    }
  });
})();
