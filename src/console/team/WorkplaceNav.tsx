import "./workplace.css";
import type { Session } from "../session";
import { useWorkplaceTexts } from "./texts";

export type Room = "inbox" | "team" | "devices" | "counts" | "audit";

/** The signed-in console's sections; team and audit only for the service's lead. */
export function WorkplaceNav({ session, room, onRoom }: { session: Session; room: Room; onRoom: (room: Room) => void }) {
  const { texts } = useWorkplaceTexts();
  const lead = session.me.counsellor.role === "lead";
  const rooms: Room[] = lead ? ["inbox", "team", "devices", "counts", "audit"] : ["inbox", "devices", "counts"];
  return (
    <nav aria-label={texts.nav.label} className="workplace-nav">
      <ul>
        {rooms.map((r) => (
          <li key={r}>
            <button type="button" className="console-link" aria-current={r === room ? "page" : undefined} onClick={() => onRoom(r)}>
              {texts.nav[r]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
