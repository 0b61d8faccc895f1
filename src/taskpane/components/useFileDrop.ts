import * as React from "react";

/**
 * Files dropped on an area: whether files are being dragged over it, and the handlers the area needs. Only
 * drags that carry files are taken, and a drop is kept from the areas around (the preview's workbook
 * would try to open a boundary file dropped on the pane's map step). Used by the map step and by the
 * preview's workbook area.
 */
export function useFileDrop(onFiles: (files: FileList) => void) {
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
      event.preventDefault();
      event.stopPropagation();
      setDragging(false);
      const files = event.dataTransfer?.files;
      if (files?.length) onFiles(files);
    },
  };
  return { dragging, handlers };
}
