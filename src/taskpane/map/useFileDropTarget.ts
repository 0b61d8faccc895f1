import * as React from "react";
import type { FileListener } from "./types";

/**
 * A boundary file dropped anywhere on the map step — also before any map is drawn, when the pane is
 * asking for one. Only drags that carry files are taken (and kept from the page around the pane: the
 * preview would try to open them as a workbook).
 */
export function useFileDropTarget(onFile: FileListener) {
  const [dragging, setDragging] = React.useState(false);
  const carriesFiles = (event: React.DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes("Files");
  const handlers = {
    onDragOver: (event: React.DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      setDragging(true);
    },
    onDragLeave: (event: React.DragEvent) => {
      if (event.currentTarget === event.target) setDragging(false);
    },
    onDrop: (event: React.DragEvent) => {
      const file = event.dataTransfer?.files?.[0];
      if (!file) return;
      event.preventDefault();
      event.stopPropagation();
      setDragging(false);
      onFile(file);
    },
  };
  return { dragging, handlers };
}
