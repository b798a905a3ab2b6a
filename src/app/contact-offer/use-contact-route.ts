import { useEffect, useState } from "react";
import { parseContactRoute, type ContactRoute } from "./route";

/** The contact route in the location hash, following back/forward and links. */
export function useContactRoute(): ContactRoute | null {
  const [route, setRoute] = useState(() => parseContactRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseContactRoute(window.location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}
