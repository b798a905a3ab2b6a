import type { Session } from "../session";
import { Audit } from "./Audit";
import { Counts } from "./Counts";
import { Devices } from "./Devices";
import { Team } from "./Team";
import type { Room } from "./WorkplaceNav";

/** The workplace's screens besides the inbox (issue 19). */
export function WorkplaceRoom({ room, session }: { room: Exclude<Room, "inbox">; session: Session }) {
  if (room === "team") return <Team session={session} />;
  if (room === "devices") return <Devices />;
  if (room === "counts") return <Counts />;
  return <Audit />;
}
