/** The bundled boundary files (data/netherlands/boundaries/*.topojson), which webpack and Jest load as JSON. */
declare module "*.topojson" {
  const topology: import("topojson-specification").Topology;
  export default topology;
}
