// Printouts (evacuation list, group badge sheets) print from a hidden frame inside the kiosk page, never from a new
// window: a kiosk-mode browser has no tabs or back button, so a printout window would leave the desk stranded.

/** Prints the document at `url` (a blob: URL of this page, revoked afterwards) and stays on the kiosk screen. */
export function printDocument(url, title) {
  document.getElementById("print-frame")?.remove();
  const frame = document.createElement("iframe");
  frame.id = "print-frame";
  frame.className = "print-frame";
  frame.title = title;
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.addEventListener("load", () => {
    frame.contentWindow.print();
    URL.revokeObjectURL(url);
  }, { once: true });
  frame.src = url;
  document.body.append(frame);
}

/** Removes the last printout from the page (sign-out). */
export function forgetPrintout() {
  document.getElementById("print-frame")?.remove();
}
