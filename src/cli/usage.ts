import { type Bilingual, french } from '../domain';

/** What `convention-budget help` prints, and what a mistake in the command line is followed by. */
export const USAGE: Bilingual = {
  fr: french`Utilisation :
  convention-budget check CLASSEUR.xlsx [--envelope MONTANT] [--matching action|total] [--profile PROFIL.json | --convention CONVENTION.txt|.docx] [--assume CLÉ[,CLÉ]] [--lang fr|en] [--json] [--annotate COPIE.xlsx] [--summary SYNTHESE.csv|.xlsx]
  convention-budget check CLASSEUR.xlsx CLASSEUR2.xlsx … | DOSSIER [--json] [--summary SYNTHESE.csv|.xlsx] [options de check]
  convention-budget clause CLASSEUR.xlsx --year AAAA [--envelope MONTANT] [--beneficiary NOM] [--profile … | --convention …] [--assume CLÉ[,CLÉ]] [--html]
  convention-budget profile CONVENTION.txt|.docx [--json]
  convention-budget compare CLASSEUR.xlsx CONVENTION.docx [--beneficiary NOM] [--year AAAA] [--envelope MONTANT] [--json]
  convention-budget clause CLASSEUR.xlsx --into CONVENTION.docx --out NOUVELLE.docx [--beneficiary NOM]
  convention-budget clause CLASSEUR.xlsx --avenant CONVENTION.docx [--html]

  check    vérifie chaque budget du classeur au regard des règles de la convention
  clause   écrit l’article 4.1 (et 3.1) pour un bénéficiaire
  profile  lit dans le texte d’une convention ses règles financières, chacune avec sa phrase
  compare  compare les articles 4.1 et 3.1 d’une convention Word avec le budget : une ligne par différence

  --envelope MONTANT    l’enveloppe de l’État, en euros, écrite à la française (« 500 000 », « 500.000 € »)
  --matching MODE       « action » (par défaut) : le Département égale au moins l’État à chaque action et au total ;
                        « total » : au total seulement
  --lang fr|en          langue du rapport et des messages (français par défaut)
  --json                un objet JSON au lieu du rapport
  --annotate COPIE.xlsx écrit aussi une copie du classeur où chaque cellule signalée est colorée et annotée
  --summary FICHIER     écrit une ligne par budget (classeur, feuille, bénéficiaire, montants, parts, erreurs…)
                        dans un .csv (pour Excel) ou un .xlsx ; plusieurs classeurs ou un dossier : une ligne
                        par classeur et un total, lus en parallèle ; avec --json, un objet JSON par ligne et par classeur
  --year AAAA           l’année couverte par la convention (par défaut celle du profil choisi)
  --profile PROFIL.json les règles d’une convention, telles que « profile --json » les écrit
  --convention FICHIER  lit les règles dans le texte de la convention (.txt ou .docx) et les applique
                        (sans --profile ni --convention : le profil enregistré avec le classeur, s’il en a un)
  --assume CLÉ[,CLÉ]    confirme la valeur de 2022 pour ces paramètres, que la convention ne donne pas
                        (stateCapPercent, matchingRatio, matchingScope, envelope, year, listArticle, costArticle, sentences)
  --beneficiary NOM     le budget dont écrire l’article, quand le classeur en contient plusieurs
  --html                l’article en HTML (un paragraphe et une liste) au lieu du texte
  --into CONVENTION.docx --out NOUVELLE.docx
                        écrit les articles du budget dans une copie de la convention, en modifications suivies
  --avenant CONVENTION.docx
                        écrit l’article d’avenant qui remplace l’article 4.1 (et le montant du 3.1) de la convention

Code de sortie : 0 aucune erreur (avertissements permis) ; 1 au moins une erreur, ou une partie du classeur
non lue, ou un article incomplet, ou (profile) un paramètre donné par deux phrases contradictoires ;
2 commande invalide, fichier illisible, profil invalide ou incomplet (un paramètre ni lu, ni donné, ni confirmé),
ou aucun budget trouvé. Plusieurs classeurs : le pire code de tous.
compare : 0 la convention et le budget concordent ; 1 au moins une différence ; 2 fichier illisible ou article 4.1 introuvable.`,
  en: `Usage:
  convention-budget check FILE.xlsx [--envelope AMOUNT] [--matching action|total] [--profile PROFILE.json | --convention CONVENTION.txt|.docx] [--assume KEY[,KEY]] [--lang fr|en] [--json] [--annotate OUT.xlsx] [--summary SUMMARY.csv|.xlsx]
  convention-budget check FILE.xlsx FILE2.xlsx … | FOLDER [--json] [--summary SUMMARY.csv|.xlsx] [check options]
  convention-budget clause FILE.xlsx --year YYYY [--envelope AMOUNT] [--beneficiary NAME] [--profile … | --convention …] [--assume KEY[,KEY]] [--html]
  convention-budget profile CONVENTION.txt|.docx [--json]
  convention-budget compare FILE.xlsx CONVENTION.docx [--beneficiary NAME] [--year YYYY] [--envelope AMOUNT] [--json]
  convention-budget clause FILE.xlsx --into CONVENTION.docx --out NEW.docx [--beneficiary NAME]
  convention-budget clause FILE.xlsx --avenant CONVENTION.docx [--html]

  check    checks every budget of the workbook against the convention's rules
  clause   prints article 4.1 (and 3.1) for one beneficiary
  profile  reads a convention's financial rules from its text, each with its sentence
  compare  compares articles 4.1 and 3.1 of a Word convention with the budget: one line per difference

  --envelope AMOUNT     the State envelope, in euros, written as in French ("500 000", "500.000 €")
  --matching MODE       "action" (default): the Department matches the State on each action and in total;
                        "total": in total only
  --lang fr|en          language of the report and messages (French by default)
  --json                one JSON object instead of the report
  --annotate OUT.xlsx   also write a copy of the workbook with each flagged cell highlighted and noted
  --summary FILE        write one row per budget (workbook, sheet, beneficiary, amounts, shares, errors…)
                        to a .csv (for Excel) or an .xlsx; several workbooks or a folder: one line per
                        workbook and a total, read in parallel; with --json, one JSON object per line and workbook
  --year YYYY           the year the convention covers (by default the chosen profile's)
  --profile PROFILE.json a convention's rules, as "profile --json" writes them
  --convention FILE     reads the rules from the convention's text (.txt or .docx) and applies them
                        (without --profile or --convention: the profile kept with the workbook, if any)
  --assume KEY[,KEY]    confirms the 2022 value of these parameters, which the convention does not give
                        (stateCapPercent, matchingRatio, matchingScope, envelope, year, listArticle, costArticle, sentences)
  --beneficiary NAME    the budget to write the clause for, when the workbook holds several
  --html                the clause as HTML (a paragraph and a list) instead of plain text
  --into CONVENTION.docx --out NEW.docx
                        writes the budget's articles into a copy of the convention, as tracked changes
  --avenant CONVENTION.docx
                        prints the amendment article that replaces article 4.1 (and 3.1's amount) of the convention

Exit status: 0 no error (warnings allowed); 1 at least one error, or a part of the workbook not read, or
an incomplete article, or (profile) a parameter given by two contradictory sentences; 2 invalid command,
unreadable file, invalid or incomplete profile (a parameter neither read, given nor confirmed), or no budget found.
Several workbooks: the worst status of them all.
compare: 0 the convention and the budget agree; 1 at least one difference; 2 unreadable file or article 4.1 not found.`,
};
