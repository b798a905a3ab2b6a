import { describe, expect, it } from "vitest";
import type { Service } from "../../src/engine";
import { orderServices, servicesForRelatives, substanceOfCheck } from "../../src/app/store/services";

const service = (id: string, kind: Service["kind"], extra: Partial<Service> = {}): Service => ({
  id,
  name: { en: id },
  kind,
  phone: "+38900000000",
  source: "https://example.org/",
  sourceKind: "official",
  ...extra,
});

// North Macedonia's shape: a harm-reduction service for people who use drugs, a hospital for
// alcohol and drugs, a drug helpline, and a general line that names no substance.
const HARM_REDUCTION = service("harm-reduction-drugs", "harm-reduction", { substances: ["drugs"] });
const HOSPITAL = service("hospital", "treatment", { substances: ["alcohol", "drugs"] });
const DRUG_LINE = service("drug-line", "helpline", { substances: ["drugs"], relatives: true });
const GENERAL_LINE = service("general-line", "counselling");
const ALL = [HARM_REDUCTION, HOSPITAL, DRUG_LINE, GENERAL_LINE];
const ids = (services: readonly Service[]) => services.map((each) => each.id);

describe("services that fit the check", () => {
  it("names the substance each check asks about", () => {
    expect(["dudit", "dast-10", "cast", "audit", "audit-c"].map(substanceOfCheck)).toEqual(["drugs", "drugs", "drugs", "alcohol", "alcohol"]);
    expect(substanceOfCheck("unknown")).toBeNull();
  });

  it("after an alcohol check (AUDIT higher risk: the counselling tier), an alcohol service comes first, drug-only ones last", () => {
    // By tier alone the counselling line, the drug helpline and harm reduction would come first.
    expect(ids(orderServices(ALL, "counselling", "alcohol"))).toEqual(["hospital", "general-line", "drug-line", "harm-reduction-drugs"]);
    expect(ids(orderServices(ALL, "self-help", "alcohol"))).toEqual(["hospital", "general-line", "drug-line", "harm-reduction-drugs"]);
  });

  it("after a drug check, drug services first, in the order the tier needs", () => {
    expect(ids(orderServices(ALL, "self-help", "drugs"))).toEqual(["drug-line", "harm-reduction-drugs", "hospital", "general-line"]);
    expect(ids(orderServices(ALL, "treatment", "drugs"))).toEqual(["hospital", "drug-line", "harm-reduction-drugs", "general-line"]);
  });

  it("without a substance, the tier alone orders, keeping the file's order within a kind", () => {
    expect(ids(orderServices(ALL, "counselling", null))).toEqual(["general-line", "drug-line", "harm-reduction-drugs", "hospital"]);
  });

  it("lists for relatives only the services whose source says they help relatives", () => {
    expect(ids(servicesForRelatives(ALL))).toEqual(["drug-line"]);
  });
});
