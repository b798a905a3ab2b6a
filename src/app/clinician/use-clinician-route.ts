import { useEffect, useState } from "react";
import { parseClinicianRoute, type ClinicianRoute } from "./route";

/** The clinician route in the location hash, following back/forward and links. */
export function useClinicianRoute(): ClinicianRoute | null {
  const [route, setRoute] = useState(() => parseClinicianRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseClinicianRoute(window.location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}
