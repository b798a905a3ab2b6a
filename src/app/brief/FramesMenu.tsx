import { useTranslation } from "react-i18next";
import type { ReferralTier } from "../../engine";

const ITEMS = ["one", "two", "three"] as const;

/**
 * Feedback in the spirit of FRAMES and motivational interviewing: the person's own choice
 * (responsibility), a menu of options fitted to the band's referral tier, and confidence in
 * their ability to change. No labels for the person.
 */
export function FramesMenu({ tier }: { tier: ReferralTier }) {
  const { t } = useTranslation("intervention");
  return (
    <section className="brief-frames" aria-labelledby="brief-frames-heading">
      <h2 id="brief-frames-heading">{t("frames.heading")}</h2>
      <p>{t("frames.choice")}</p>
      <ul className="advice">
        {ITEMS.map((item) => (
          <li key={item}>{t(`frames.menu.${tier}.${item}`)}</li>
        ))}
      </ul>
      <p>{t("frames.confidence")}</p>
    </section>
  );
}
