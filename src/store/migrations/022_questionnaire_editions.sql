-- An added edition is a methodology or a questionnaire (`kind`, as its file's "format" says).
-- A methodology names the added questionnaires it asks, and a questionnaire named by any
-- added methodology never changes: the cycles opened with it keep their forms.
ALTER TABLE methodology_editions ADD COLUMN kind TEXT NOT NULL DEFAULT 'methodology';
CREATE TABLE edition_questionnaires (
  methodology TEXT NOT NULL REFERENCES methodology_editions(id),
  questionnaire TEXT NOT NULL REFERENCES methodology_editions(id),
  PRIMARY KEY (methodology, questionnaire)
);
CREATE INDEX edition_questionnaires_named ON edition_questionnaires(questionnaire);
