import { useTranslation } from "react-i18next";
import type { ReferralTier } from "../../engine";

const ITEMS = ["one", "two", "three"] as const;

/**
 * Feedback in the spirit of FRAMES and motivational interviewing: the person's own choice
 * (responsibility), a menu of options fitted to the band's referral tier, and confidence in
 * their ability to change. No labels for the person.
 */
export function FramesMenu({ tier, hasServices }: { tier: ReferralTier; hasServices: boolean }) {
  const { t } = useTranslation("intervention");
  // "A service listed on this page" only where one is listed.
  const line = (item: (typeof ITEMS)[number]) =>
    !hasServices && tier === "treatment" && item === "one"
      ? t("frames.noService.treatment")
      : !hasServices && tier === "counselling" && item === "two"
        ? t("frames.noService.counselling")
        : t(`frames.menu.${tier}.${item}`);
  // No heading of its own: it continues the result's "What you can do" section (BandAdvice).
  return (
    <div className="brief-frames">
      <p>{t("frames.choice")}</p>
      <ul className="advice">
        {ITEMS.map((item) => (
          <li key={item}>{line(item)}</li>
        ))}
      </ul>
      <p>{t("frames.confidence")}</p>
    </div>
  );
}
