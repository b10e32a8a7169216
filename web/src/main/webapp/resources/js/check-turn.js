// While photos upload, says where the one being sent stands: waiting for a check (and how many are ahead), or
// being checked. The server answers from its queue of checks.
(function () {
  var timer = null;

  function say(text) {
    var line = document.getElementById('check-turn');
    if (line) {
      line.textContent = text;
    }
  }

  function ask(address) {
    fetch(address, {credentials: 'same-origin', cache: 'no-store'})
      .then(function (answer) { return answer.ok ? answer.json() : {state: 'none'}; })
      .then(function (turn) {
        if (turn.state === 'waiting') {
          say(turn.ahead === 0 ? 'Waiting for a check: yours is next'
            : 'Waiting for a check: ' + turn.ahead + (turn.ahead === 1 ? ' photo' : ' photos') + ' ahead of yours');
        } else if (turn.state === 'checking') {
          say('Checking your photo…');
        } else {
          say('');
        }
      })
      .catch(function () { say(''); });
  }

  window.headshotsCheckTurn = {
    start: function (address) {
      if (timer === null) {
        ask(address);
        timer = window.setInterval(function () { ask(address); }, 1000);
      }
    },
    stop: function () {
      if (timer !== null) {
        window.clearInterval(timer);
        timer = null;
      }
      say('');
    }
  };
})();
