import { useTranslation } from "react-i18next";
import { useApp, useAppStore } from "../store/context";
import { endsCheck, questionView } from "../store/views";
import { textKey } from "../store/state";
import { languageName } from "../i18n/language-names";
import { QuestionForm } from "../components/QuestionForm";
import { TextUnavailable } from "../components/TextUnavailable";

export function QuestionScreen({ itemId }: { itemId: string }) {
  const { t } = useTranslation("wizard");
  const store = useAppStore();
  const definition = useApp((state) => state.definition);
  const answers = useApp((state) => state.answers);
  const language = useApp((state) => state.language);
  const text = useApp((state) => (state.definition === null ? undefined : state.texts[textKey(state.language, state.definition.id)]));
  if (definition === null) return null;
  const view = questionView(definition, answers, itemId);
  if (view === null) return null;
  if (text?.state !== "ready") return <TextUnavailable language={languageName(language, language)} onBack={() => store.getState().back()} />;

  const itemText = text.text.items[itemId];
  const draft = text.text.provenance.status === "draft";
  return (
    <QuestionForm
      key={itemId}
      name={itemId}
      caption={t("question.progress", { position: view.position, total: view.total })}
      legend={itemText?.text ?? itemId}
      before={
        <>
          {view.position === 1 && <p className="intro">{text.text.intro}</p>}
          {draft && <p className="notice">{t("question.draft")}</p>}
        </>
      }
      options={view.item.options.map((option) => ({ id: option.id, label: itemText?.options[option.id] ?? option.id }))}
      initial={answers[itemId] ?? null}
      submitLabel={(selected) => (endsCheck(definition, answers, itemId, selected) ? t("nav.seeResult") : t("nav.next"))}
      onSubmit={(optionId) => store.getState().submitAnswer(itemId, optionId)}
      onBack={() => store.getState().back()}
    />
  );
}
