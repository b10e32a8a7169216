/* Live progress of headshot runs, pushed over WebSocket: draws a bar per run and tells the page when one moved on. */
(function () {
  "use strict";

  function text(tag, className, content) {
    var element = document.createElement(tag);
    element.className = className;
    element.textContent = content;
    return element;
  }

  function draw(container, runs, showOwner, onRetry) {
    container.textContent = "";
    if (runs.length === 0) {
      container.appendChild(text("p", "hs-muted runs-none", "No headshots are being made yet."));
      return;
    }
    runs.forEach(function (run) {
      var card = document.createElement("div");
      card.className = "hs-run run-" + run.status;
      card.setAttribute("data-run", run.id);
      var title = (showOwner ? run.owner + " · " : "") + "Run " + run.run + " · " + run.stageLabel;
      card.appendChild(text("div", "run-title", title));
      var bar = document.createElement("div");
      bar.className = "hs-bar";
      bar.setAttribute("role", "progressbar");
      bar.setAttribute("aria-valuenow", run.percent);
      bar.setAttribute("aria-valuemin", "0");
      bar.setAttribute("aria-valuemax", "100");
      var fill = document.createElement("div");
      fill.className = "hs-bar-fill";
      fill.style.width = run.percent + "%";
      bar.appendChild(fill);
      card.appendChild(bar);
      card.appendChild(text("div", "run-count", run.done + " of " + run.total + " headshots"));
      if (run.reason) {
        card.appendChild(text("div", "run-reason", run.reason));
      }
      if (run.status === "FAILED" && onRetry) {
        var retry = text("button", "run-retry", "Retry");
        retry.type = "button";
        retry.addEventListener("click", function () { onRetry(run.id); });
        card.appendChild(retry);
      }
      container.appendChild(card);
    });
  }

  /**
   * Watches the runs at path (e.g. "/employee/progress"), drawing them into the element with id containerId;
   * onMoved(runs) is called when a run's status or count changed since the last message.
   */
  function watch(path, containerId, options) {
    var container = document.getElementById(containerId);
    var last = null;
    var retryDelay = 1000;
    function connect() {
      var scheme = location.protocol === "https:" ? "wss://" : "ws://";
      var socket = new WebSocket(scheme + location.host + path);
      container.setAttribute("data-connected", "connecting");
      socket.onopen = function () {
        retryDelay = 1000;
        container.setAttribute("data-connected", "yes");
      };
      socket.onmessage = function (message) {
        var runs = JSON.parse(message.data);
        draw(container, runs, options.showOwner, options.onRetry);
        var signature = runs.map(function (run) { return run.id + ":" + run.status + ":" + run.done; }).join(",");
        if (last !== null && signature !== last && options.onMoved) {
          options.onMoved(runs);
        }
        last = signature;
      };
      socket.onclose = function () {
        container.setAttribute("data-connected", "no");
        setTimeout(connect, retryDelay);
        retryDelay = Math.min(30000, retryDelay * 2);
      };
    }
    connect();
  }

  window.HeadshotsProgress = { watch: watch };
})();
