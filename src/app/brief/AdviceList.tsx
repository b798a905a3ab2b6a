import { forwardRef } from "react";
import { useTranslation } from "react-i18next";
import { chooseAdvice, sourcesOf, type Country } from "../../engine";
import { ServiceItem } from "../components/ServiceItem";
import { useBrief, useBriefContent } from "./context";
import { adviceMessageKey } from "./text-keys";

type Props = { country: Country | null; language: string };

/** The advice the engine chose for the answers, each with its named sources. */
export const AdviceList = forwardRef<HTMLHeadingElement, Props>(function AdviceList({ country, language }, headingRef) {
  const { t, i18n } = useTranslation("intervention");
  const { advice } = useBriefContent();
  const shownFor = useBrief((state) => state.shownFor);
  if (shownFor === null) return null;
  const messages = chooseAdvice(advice, shownFor).flatMap((message) => {
    const text = adviceMessageKey(i18n, message.id);
    return text === undefined ? [] : [{ message, text }];
  });
  const young = shownFor.age?.includes("under-18") ?? false;
  const youthServices = young ? (country?.services ?? []).filter((service) => service.youth === true) : [];
  return (
    <section className="brief-advice" aria-labelledby="brief-advice-heading">
      <h2 id="brief-advice-heading" ref={headingRef} tabIndex={-1}>
        {t("advice.heading")}
      </h2>
      {messages.length === 0 ? (
        <p>{t("advice.none")}</p>
      ) : (
        <ul className="brief-advice__list">
          {messages.map(({ message, text }) => (
            <li key={message.id} className="brief-advice__item" data-advice={message.id}>
              <p>{t(text)}</p>
              <p className="meta">
                {t("advice.sources")}{" "}
                {sourcesOf(advice, message).map((source, index) => (
                  <span key={source.id} lang="en" dir="ltr">
                    {index > 0 && "; "}
                    <a href={source.url} rel="noreferrer">
                      {source.publisher}, {source.title}
                      {source.year === undefined ? "" : ` (${source.year})`}
                    </a>
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
      {youthServices.length > 0 && (
        <>
          <h3>{t("advice.youthServices")}</h3>
          <ul className="services__list">
            {youthServices.map((service) => (
              <ServiceItem key={service.id} service={service} language={language} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
