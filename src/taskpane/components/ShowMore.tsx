import * as React from "react";
import { Button } from "@fluentui/react-components";
import { useStrings } from "../strings";

/**
 * Rows of a list drawn a page at a time: a file with 16,384 columns would otherwise draw 16,384
 * rows of controls at once and freeze the pane. The first `page` items are shown; "Show more"
 * adds a page.
 */
export const LIST_PAGE = 100;

/** The items to draw now, and the button that draws more (nothing when all are shown). */
export function usePaged<T>(
  items: readonly T[],
  page: number = LIST_PAGE,
): { shown: readonly T[]; more: React.ReactNode } {
  const [limit, setLimit] = React.useState(page);
  const shown = items.length > limit ? items.slice(0, limit) : items;
  const more =
    items.length > limit ? (
      <ShowMoreButton shown={limit} total={items.length} onClick={() => setLimit((n) => n + page)} />
    ) : null;
  return { shown, more };
}

function ShowMoreButton({ shown, total, onClick }: { shown: number; total: number; onClick: () => void }) {
  const t = useStrings().lists;
  return (
    <Button appearance="secondary" size="small" onClick={onClick}>
      {t.showMore(shown, total)}
    </Button>
  );
}
