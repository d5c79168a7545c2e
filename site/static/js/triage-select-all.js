/* Triage: one checkbox selects or clears every post on the page, and shows when only some are chosen.
   Without JavaScript the box stays hidden and each post is chosen on its own. */
(function () {
  "use strict";

  var form = document.getElementById("triage-form");
  var all = document.getElementById("select-all");
  if (!form || !all) return;
  var boxes = form.querySelectorAll('input[name="posts"]');

  function sync() {
    var checked = form.querySelectorAll('input[name="posts"]:checked').length;
    all.checked = checked === boxes.length;
    all.indeterminate = checked > 0 && checked < boxes.length;
  }

  document.getElementById("triage-select-all").hidden = false;
  all.addEventListener("change", function () {
    boxes.forEach(function (box) { box.checked = all.checked; });
  });
  boxes.forEach(function (box) { box.addEventListener("change", sync); });
  sync();
})();
