// Comments on a model's text, for members of the groups working on it (the panel comes only on their pages):
// a selected passage becomes a quote (exact words with the text before and after, as the W3C Web Annotation
// TextQuoteSelector), and the groups' posts are marked beside the passages they quote.
(function () {
  "use strict";

  var panel = document.querySelector("[data-text-feedback]");
  if (!panel) return;

  var CONTEXT = 40;
  // Not part of the model's text: our own controls and notes, the section's heading, words for screen readers only.
  var IGNORED = "[data-text-feedback-ui], .model-section > h3, .visually-hidden, .checklist__print";
  var BLOCKS = "p, li, dt, dd, td, th, caption, figcaption, blockquote, h1, h2, h3, h4, h5, h6, div, section";
  var status = panel.querySelector("[data-text-feedback-status]");
  var selectionButton = panel.querySelector("[data-text-feedback-selection]");
  var commentUrl = panel.dataset.commentUrl;
  var current = null;

  function squeeze(text) {
    return text.replace(/\s+/g, " ");
  }

  function announce(message) {
    if (status) status.textContent = message;
  }

  // The section's text as one string, with the text node each part came from. Blocks are kept apart by a space,
  // as the server's text of the version has them.
  function textOf(section) {
    var walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest(IGNORED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      },
    });
    var text = "";
    var nodes = [];
    var lastBlock = null;
    while (walker.nextNode()) {
      var node = walker.currentNode;
      var block = node.parentElement.closest(BLOCKS);
      if (block !== lastBlock) {
        text += " ";
        lastBlock = block;
      }
      nodes.push({ node: node, start: text.length });
      text += node.data;
    }
    return { text: text, nodes: nodes };
  }

  // The squeezed text and, for each of its characters, where it is in the original.
  function squeezed(text) {
    var out = "";
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var space = /\s/.test(text[i]);
      if (space && out.endsWith(" ")) continue;
      out += space ? " " : text[i];
      map.push(i);
    }
    map.push(text.length);
    return { text: out, map: map };
  }

  // Where the quote is: the occurrence with its own context, else the first; as offsets in the original text.
  function locate(text, exact, prefix, suffix) {
    var flat = squeezed(text);
    exact = squeeze(exact).trim();
    prefix = squeeze(prefix).trim();
    suffix = squeeze(suffix).trim();
    if (!exact) return null;
    var first = -1;
    var at = flat.text.indexOf(exact);
    while (at >= 0) {
      var end = at + exact.length;
      if (first < 0) first = at;
      if (flat.text.slice(0, at).trimEnd().endsWith(prefix) && flat.text.slice(end).trimStart().startsWith(suffix)) {
        first = at;
        break;
      }
      at = flat.text.indexOf(exact, at + 1);
    }
    if (first < 0) return null;
    return { start: flat.map[first], end: flat.map[first + exact.length - 1] + 1 };
  }

  // Wrap the text between two offsets in <mark>s, one per text node it crosses.
  function highlight(index, range, note) {
    var marks = [];
    index.nodes.forEach(function (entry) {
      var from = Math.max(range.start, entry.start) - entry.start;
      var to = Math.min(range.end, entry.start + entry.node.data.length) - entry.start;
      if (from >= to) return;
      var node = entry.node;
      if (from > 0) node = node.splitText(from);
      if (to - from < node.data.length) node.splitText(to - from);
      var mark = document.createElement("mark");
      mark.className = "text-note__mark";
      mark.setAttribute("aria-details", note.id);
      node.parentNode.insertBefore(mark, node);
      mark.appendChild(node);
      marks.push(mark);
    });
    if (marks.length) {
      var label = document.createElement("span");
      label.className = "visually-hidden";
      label.textContent = panel.dataset.markLabel + " ";
      marks[0].insertBefore(label, marks[0].firstChild);
      marks.forEach(function (mark) {
        mark.addEventListener("click", function () {
          var details = note.querySelector("details");
          details.open = true;
          details.querySelector("summary").focus();
        });
      });
    }
    return marks;
  }

  function sectionOf(node) {
    var element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    return element ? element.closest(".model-section[data-section]") : null;
  }

  function placeNote(note) {
    var section = document.querySelector('.model-section[data-section="' + note.dataset.section + '"]');
    if (!section) {
      panel.querySelector("[data-text-feedback-general]").appendChild(note);
      return;
    }
    if (note.dataset.state === "passage") {
      var index = textOf(section);
      var range = locate(index.text, note.dataset.exact, note.dataset.prefix, note.dataset.suffix);
      if (range) {
        var marks = highlight(index, range, note);
        var block = marks.length && marks[0].closest(".block");
        if (block) {
          block.parentNode.insertBefore(note, block);
          return;
        }
      }
    }
    var tools = section.querySelector(":scope > .section-feedback");
    var heading = section.querySelector(":scope > h3");
    (tools || heading).after(note);
  }

  function loadNotes() {
    fetch(panel.dataset.notesUrl, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        if (!response.ok || response.redirected) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var notes = new DOMParser().parseFromString(html, "text/html").querySelectorAll("[data-text-note]");
        notes.forEach(function (note) {
          placeNote(document.importNode(note, true));
        });
        if (notes.length) announce(panel.dataset.loadedLabel);
      })
      .catch(function () {});
  }

  // The selection as a quote of one section, or null when it is empty or crosses sections.
  function selectedQuote() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    var range = selection.getRangeAt(0);
    var section = sectionOf(range.startContainer);
    if (!section || section !== sectionOf(range.endContainer)) return null;
    var index = textOf(section);
    var start = -1;
    var end = -1;
    index.nodes.forEach(function (entry) {
      if (!range.intersectsNode(entry.node)) return;
      var from = entry.node === range.startContainer ? range.startOffset : 0;
      var to = entry.node === range.endContainer ? range.endOffset : entry.node.data.length;
      if (from >= to) return;
      if (start < 0) start = entry.start + from;
      end = entry.start + to;
    });
    if (start < 0) return null;
    var exact = squeeze(index.text.slice(start, end)).trim();
    if (!exact) return null;
    return {
      section: section.dataset.section,
      exact: exact,
      prefix: squeeze(index.text.slice(Math.max(0, start - 4 * CONTEXT), start)).trimStart().slice(-CONTEXT),
      suffix: squeeze(index.text.slice(end, end + 4 * CONTEXT)).trimEnd().slice(0, CONTEXT),
      range: range,
    };
  }

  // The button follows the passage in the reading order (so Tab reaches it next) and sits just below it.
  function showButton(quote) {
    var block = quote.range.endContainer;
    block = (block.nodeType === Node.ELEMENT_NODE ? block : block.parentElement).closest(".block, .model-section");
    if (selectionButton.previousElementSibling !== block) block.after(selectionButton);
    var shown = !selectionButton.hidden;
    selectionButton.hidden = false;
    var rect = quote.range.getBoundingClientRect();
    var parent = selectionButton.offsetParent || document.body;
    var origin = parent.getBoundingClientRect();
    var width = selectionButton.offsetWidth || 200;
    var left = Math.min(Math.max(0, rect.left - origin.left), Math.max(0, parent.clientWidth - width));
    selectionButton.style.top = rect.bottom - origin.top + 4 + "px";
    selectionButton.style.left = left + "px";
    if (!shown) announce(panel.dataset.selectedLabel);
  }

  function onSelection() {
    if (!selectionButton) return;
    var quote = selectedQuote();
    if (quote) {
      current = quote;
      showButton(quote);
    } else if (document.activeElement !== selectionButton) {
      current = null;
      selectionButton.hidden = true;
    }
  }

  if (selectionButton && commentUrl) {
    panel.querySelector("[data-text-feedback-selecting]").hidden = false;
    var pending = null;
    document.addEventListener("selectionchange", function () {
      clearTimeout(pending);
      pending = setTimeout(onSelection, 250);
    });
    // Pressing the button must not take the selection away before it is read.
    selectionButton.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    selectionButton.addEventListener("click", function () {
      if (!current) return;
      var query = new URLSearchParams({
        section: current.section,
        exact: current.exact,
        prefix: current.prefix,
        suffix: current.suffix,
      });
      window.location.assign(commentUrl + "?" + query.toString());
    });
  }

  loadNotes();
})();
