/** A browser tab opened before its address is known. */
export interface PendingTab {
  /** Sends the tab to `url`. */
  navigate: (url: string) => void;
  close: () => void;
}

/**
 * Opens an empty tab at once, inside the click or key press that asked for it: browsers block tabs
 * opened later (after a request returned) as popups. The tab shows `message` until `navigate` is
 * called, and cannot reach back to the Home Portal (`opener` is cut). Null when the browser
 * refused to open a tab.
 */
export function openPendingTab(message: string): PendingTab | null {
  const tab = window.open('', '_blank');
  if (!tab) return null;
  tab.opener = null;
  try {
    tab.document.title = message;
    tab.document.body.textContent = message;
  } catch {
    // Only a courtesy while the link is on its way; some browsers keep the blank page to themselves.
  }
  return {
    navigate: (url) => {
      tab.location.href = url;
    },
    close: () => tab.close(),
  };
}
