/* The orders table's Open and Close buttons (re-rendered by every AJAX update, hence listened to on the
   document): each sends its order to the page's remote commands; closing asks first. */
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("button[data-order]");
  if (!button) {
    return;
  }
  var order = [{ name: "order", value: button.getAttribute("data-order") }];
  if (button.classList.contains("order-open")) {
    openOrder(order);
  } else if (button.classList.contains("order-close")
      && window.confirm("Close this order? Favourites become final.")) {
    closeOrder(order);
  }
});
