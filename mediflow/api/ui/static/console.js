/* mediflow console: progressive enhancement only. Every page works without this file. */
(function () {
  "use strict";
  var FINAL = ["completed", "failed", "cancelled", "budget_exhausted"];

  function liveProgress() {
    var boxes = document.querySelectorAll(".progress[data-job]");
    if (!boxes.length) return;
    var ids = Array.prototype.map.call(boxes, function (b) { return b.dataset.job; });
    function fmtEta(s) {
      if (s === null || s === undefined) return "–";
      if (s < 60) return Math.round(s) + "s";
      if (s < 3600) return Math.floor(s / 60) + "m " + String(Math.round(s % 60)).padStart(2, "0") + "s";
      return Math.floor(s / 3600) + "h " + String(Math.floor((s % 3600) / 60)).padStart(2, "0") + "m";
    }
    function poll() {
      fetch("/ui/jobs/live?ids=" + encodeURIComponent(ids.join(",")), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : {}; })
        .then(function (data) {
          var running = false;
          boxes.forEach(function (box) {
            var d = data[box.dataset.job];
            if (!d) return;
            box.querySelector("progress").value = d.percent;
            box.querySelector("progress").textContent = d.percent + "%";
            var set = function (name, value) {
              var el = box.querySelector('[data-field="' + name + '"]');
              if (el) el.textContent = value;
            };
            set("status", d.status);
            set("percent", d.percent);
            set("finished", d.finished);
            set("rate", d.rate === null ? "–" : d.rate);
            set("eta", fmtEta(d.eta_s));
            set("cost", d.cost === null ? "–" : "$" + d.cost.toFixed(4));
            box.dataset.status = d.status;
            if (FINAL.indexOf(d.status) < 0) running = true;
          });
          if (running) setTimeout(poll, 1000);
        })
        .catch(function () { setTimeout(poll, 5000); });
    }
    poll();
  }

  function exportRefresh() {
    var el = document.getElementById("export-status");
    if (el && (el.dataset.status === "queued" || el.dataset.status === "running")) {
      setTimeout(function () { window.location.reload(); }, 1500);
    }
  }

  function reviewKeys() {
    var form = document.getElementById("review-form");
    if (!form) return;
    var reason = document.getElementById("reason");
    var edit = document.getElementById("edit-box");
    function click(id) { var b = document.getElementById(id); if (b) b.click(); }
    reason.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") {
        ev.preventDefault();
        if (reason.value.trim()) { click("btn-reject"); }
        else { reason.setAttribute("aria-invalid", "true"); reason.placeholder = "A rejection needs a reason"; }
      }
    });
    document.addEventListener("keydown", function (ev) {
      var t = ev.target;
      var typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT");
      if (ev.key === "Escape" && typing) { t.blur(); return; }
      if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (ev.key === "a") { ev.preventDefault(); click("btn-accept"); }
      else if (ev.key === "r") { ev.preventDefault(); reason.focus(); }
      else if (ev.key === "e") {
        ev.preventDefault();
        edit.open = true;
        var out = document.getElementById("edit-output");
        if (out) out.focus();
      } else if (ev.key === "s") {
        var skip = document.getElementById("skip-link");
        if (skip) { ev.preventDefault(); window.location.href = skip.href; }
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    liveProgress();
    exportRefresh();
    reviewKeys();
  });
})();
