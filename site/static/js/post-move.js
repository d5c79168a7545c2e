/* Facilitators move posts on the board: drag a post's "Move" handle to its new place (mouse, pen or touch, through
   pointer events), or press it for a menu of places (up, down, the top or bottom of any column) — the disclosure
   pattern, so it works by keyboard and screen reader. Each move posts the post's form (codev:moderate_post) with
   the post it now stands next to, and is announced politely. Without JavaScript the form's column select stays. */
(function () {
  "use strict";

  var text = document.getElementById("post-move-text");
  var status = document.getElementById("workshop-status");
  if (!text) return;
  var strings = text.dataset;
  var DRAG_AFTER_PX = 6;

  function say(message) {
    if (!status) return;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  function fill(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (match, name) { return values[name]; });
  }

  function postsOf(list) {
    return Array.prototype.filter.call(list.children, function (child) { return child.matches("li.post"); });
  }

  function columnIdOf(list) {
    return list.id.replace(/^column-/, "").replace(/-posts$/, "");
  }

  function columnName(list) {
    var heading = document.getElementById("column-" + columnIdOf(list) + "-heading");
    var option = document.querySelector(".moderation__move option[value='" + columnIdOf(list) + "']");
    return option ? option.textContent : heading ? heading.textContent.trim() : "";
  }

  function moveForm(post) {
    return post.querySelector(
      ":scope > .moderation form.moderation__move, :scope > .post__footer > .moderation form.moderation__move"
    );
  }

  // Where the post stands now, as the server takes it: the post under it, else the one above it.
  function neighbours(post) {
    var list = post.parentElement;
    var posts = postsOf(list);
    var index = posts.indexOf(post);
    if (posts[index + 1]) return { before: posts[index + 1].id.replace("post-", ""), after: "" };
    if (posts[index - 1]) return { before: "", after: posts[index - 1].id.replace("post-", "") };
    return { before: "", after: "" };
  }

  function send(post, origin) {
    var form = moveForm(post);
    var list = post.parentElement;
    var place = neighbours(post);
    var body = new FormData();
    body.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
    body.append("action", "move");
    body.append("column", columnIdOf(list));
    body.append("before", place.before);
    body.append("after", place.after);
    var posts = postsOf(list);
    var moved = fill(strings.moved, { column: columnName(list), place: posts.indexOf(post) + 1, count: posts.length });
    // getAttribute: the form's own "action" input hides the form.action property.
    fetch(form.getAttribute("action"), { method: "POST", body: body, headers: { "HX-Request": "true" }, credentials: "same-origin" })
      .then(function (response) {
        return response.text().then(function (answer) {
          var plain = (response.headers.get("Content-Type") || "").indexOf("text/plain") === 0;
          if (!response.ok) throw new Error(plain && answer ? answer : response.statusText);
          return answer;
        });
      })
      .then(function (answer) {
        var holder = document.createElement("template");
        holder.innerHTML = answer.trim();
        var fresh = holder.content.firstElementChild;
        var hadFocus = post.contains(document.activeElement);
        if (fresh && fresh.id === post.id && post.isConnected) {
          post.replaceWith(fresh);
          if (window.htmx) window.htmx.process(fresh);
          enhance(fresh);
          if (hadFocus) fresh.querySelector(".post-move__handle").focus();
        }
        say(moved);
      })
      .catch(function (error) {
        if (origin.next) origin.list.insertBefore(post, origin.next);
        else origin.list.append(post);
        say(fill(strings.failed, { reason: error.message }));
      });
  }

  function where(post) {
    return { list: post.parentElement, next: post.nextElementSibling };
  }

  function moveTo(post, list, reference) {
    var origin = where(post);
    if (reference === post) return;
    list.insertBefore(post, reference || null);
    if (origin.list === post.parentElement && origin.next === post.nextElementSibling) return;
    send(post, origin);
  }

  function closeMenu(post, focusHandle) {
    var menu = post.querySelector(".post-move__menu");
    var handle = post.querySelector(".post-move__handle");
    if (!menu || menu.hidden) return;
    menu.hidden = true;
    handle.setAttribute("aria-expanded", "false");
    if (focusHandle) handle.focus();
  }

  function choice(label, action) {
    var item = document.createElement("li");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button--secondary";
    button.textContent = label;
    button.addEventListener("click", action);
    item.append(button);
    return item;
  }

  function fillMenu(post, menu) {
    var items = menu.querySelector("ul");
    items.replaceChildren();
    var list = post.parentElement;
    var posts = postsOf(list);
    var index = posts.indexOf(post);
    function then(move) {
      return function () {
        closeMenu(post, false);
        move();
        post.querySelector(".post-move__handle").focus();
      };
    }
    if (index > 0) items.append(choice(strings.up, then(function () { moveTo(post, list, posts[index - 1]); })));
    if (index < posts.length - 1) {
      items.append(choice(strings.down, then(function () { moveTo(post, list, posts[index + 1].nextElementSibling); })));
    }
    document.querySelectorAll(".board__columns ul.post-list").forEach(function (target) {
      var name = columnName(target);
      var others = postsOf(target).filter(function (other) { return other !== post; });
      if (target !== list || index > 0) {
        items.append(choice(fill(strings.top, { column: name }), then(function () { moveTo(post, target, others[0]); })));
      }
      if (target !== list || index < posts.length - 1) {
        items.append(choice(fill(strings.bottom, { column: name }), then(function () {
          var last = others[others.length - 1];
          moveTo(post, target, last ? last.nextElementSibling : null);
        })));
      }
    });
  }

  function toggleMenu(post) {
    var menu = post.querySelector(".post-move__menu");
    var handle = post.querySelector(".post-move__handle");
    if (!menu.hidden) {
      closeMenu(post, true);
      return;
    }
    fillMenu(post, menu);
    menu.hidden = false;
    handle.setAttribute("aria-expanded", "true");
    var first = menu.querySelector("button");
    if (first) first.focus();
  }

  // Dragging: the post follows the pointer from list to list, and is sent where it is let go.
  function listAndReference(x, y, post) {
    var found = document.elementsFromPoint(x, y).filter(function (element) { return !post.contains(element); });
    var list = null;
    for (var i = 0; i < found.length && !list; i += 1) {
      list = found[i].closest(".board__columns ul.post-list");
      if (!list) {
        var column = found[i].closest(".board-column");
        list = column && column.querySelector("ul.post-list");
      }
    }
    if (!list) return null;
    var reference = postsOf(list).filter(function (other) { return other !== post; }).find(function (other) {
      var box = other.getBoundingClientRect();
      return y < box.top + box.height / 2;
    });
    return { list: list, reference: reference || null };
  }

  // The pointer is followed on the document, not captured by the handle: moving the post to another list takes
  // its handle out of the page for a moment, which would end a capture.
  function setUpDrag(post, handle) {
    var start = null;
    function follow(event) {
      if (!start || event.pointerId !== start.pointer) return;
      if (!start.dragging) {
        if (Math.abs(event.clientX - start.x) + Math.abs(event.clientY - start.y) < DRAG_AFTER_PX) return;
        start.dragging = true;
        closeMenu(post, false);
        post.classList.add("post--dragging");
      }
      event.preventDefault();
      var target = listAndReference(event.clientX, event.clientY, post);
      if (target && target.reference !== post.nextElementSibling) target.list.insertBefore(post, target.reference);
    }
    function finish(event) {
      if (!start || event.pointerId !== start.pointer) return;
      var dragged = start.dragging ? start : null;
      start = null;
      document.removeEventListener("pointermove", follow);
      document.removeEventListener("pointerup", finish);
      document.removeEventListener("pointercancel", finish);
      if (!dragged) return;
      post.classList.remove("post--dragging");
      handle.dataset.justDragged = "true";
      window.setTimeout(function () { delete handle.dataset.justDragged; }, 0);
      if (event.type === "pointercancel") {
        dragged.origin.list.insertBefore(post, dragged.origin.next);
        return;
      }
      if (dragged.origin.list !== post.parentElement || dragged.origin.next !== post.nextElementSibling) {
        send(post, dragged.origin);
      }
      handle.focus();
    }
    handle.addEventListener("pointerdown", function (event) {
      if (event.button !== 0 || start) return;
      start = { x: event.clientX, y: event.clientY, origin: where(post), dragging: false, pointer: event.pointerId };
      document.addEventListener("pointermove", follow);
      document.addEventListener("pointerup", finish);
      document.addEventListener("pointercancel", finish);
    });
  }

  function enhance(post) {
    var form = moveForm(post);
    if (!form || post.querySelector(":scope > .post-move, :scope > .post__header > .post-move")) return;
    var box = document.createElement("div");
    box.className = "post-move";
    var handle = document.createElement("button");
    var menuId = post.id + "-move-menu";
    handle.type = "button";
    handle.className = "post-move__handle button--secondary";
    handle.textContent = strings.move;
    handle.title = strings.hint;
    handle.setAttribute("aria-expanded", "false");
    handle.setAttribute("aria-controls", menuId);
    handle.setAttribute("aria-describedby", post.id + "-body");
    var menu = document.createElement("div");
    menu.className = "post-move__menu";
    menu.id = menuId;
    menu.hidden = true;
    menu.setAttribute("role", "group");
    menu.setAttribute("aria-label", strings.menu);
    menu.append(document.createElement("ul"));
    box.append(handle, menu);
    // In the card's header slot where it has one (the wall's card), else first in the post.
    var slot = post.querySelector(":scope > .post__header") || post;
    slot.insertBefore(box, slot.firstElementChild);
    handle.addEventListener("click", function () {
      if (handle.dataset.justDragged) return;
      toggleMenu(post);
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") closeMenu(post, true);
    });
    setUpDrag(post, handle);
  }

  function enhanceAll(root) {
    root.querySelectorAll(".board__columns ul.post-list > li.post").forEach(enhance);
  }

  // Posts the live poll or "show more" brought get their handle. A post replaced while its handle had the keyboard
  // focus (the poll bringing the post just moved) gets the focus back on its new handle.
  var focusedPost = null;
  document.addEventListener("htmx:beforeSwap", function () {
    var active = document.activeElement;
    focusedPost = active && active.classList.contains("post-move__handle") ? active.closest("li.post").id : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    enhanceAll(document);
    var lost = document.activeElement === document.body || !document.activeElement;
    var again = focusedPost && lost && document.getElementById(focusedPost);
    focusedPost = null;
    var handle = again && again.querySelector(".post-move__handle");
    if (handle) handle.focus();
  });
  enhanceAll(document);
})();
