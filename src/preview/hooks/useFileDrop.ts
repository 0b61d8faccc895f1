/** Opening a file dropped on an area: whether one is being dragged over it, and the handlers the area needs. */
import * as React from "react";

const hasFiles = (event: React.DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes("Files");

export function useFileDrop(openFiles: (files: FileList | null | undefined) => void) {
  const [dragging, setDragging] = React.useState(false);
  const handlers = {
    onDragOver: (event: React.DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: (event: React.DragEvent) => {
      if (event.currentTarget === event.target) setDragging(false);
    },
    onDrop: (event: React.DragEvent) => {
      event.preventDefault();
      setDragging(false);
      openFiles(event.dataTransfer?.files);
    },
  };
  return { dragging, handlers };
}
