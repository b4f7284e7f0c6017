<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArticleImport</name>
    <message>
        <source>Already in the file (source %1).</source>
        <translation>Déjà dans le fichier (source %1).</translation>
    </message>
    <message>
        <source>Imported as source %1 (%2 figures to review).</source>
        <translation>Importé comme source %1 (%2 chiffres à vérifier).</translation>
    </message>
    <message>
        <source>Cannot import the article</source>
        <translation>Impossible d’importer l’article</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Importation des articles…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>Article collé</translation>
    </message>
    <message>
        <source>Added the company %1.</source>
        <translation>Entreprise %1 ajoutée.</translation>
    </message>
    <message>
        <source>Added %1 claims to source %2.</source>
        <translation>%1 affirmations ajoutées à la source %2.</translation>
    </message>
    <message>
        <source>Added the article as source %1 with %2 claims.</source>
        <translation>Article ajouté comme source %1 avec %2 affirmations.</translation>
    </message>
    <message>
        <source>Article Added</source>
        <translation>Article ajouté</translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>Importer %n article</numerusform>
            <numerusform>Importer %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no article files (.txt, .md, .html, .mhtml, .pdf) there.</source>
        <translation>Il n’y a là aucun fichier d’article (.txt, .md, .html, .mhtml, .pdf).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>dealscope-cli %1: %2
Try &apos;dealscope-cli %1 --help&apos;.
</source>
        <translation>dealscope-cli %1 : %2
Essayez &apos;dealscope-cli %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>dealscope-cli %1: expected %2, got %3 argument(s).
Try &apos;dealscope-cli %1 --help&apos;.
</source>
        <translation>dealscope-cli %1 : %2 attendu, %3 argument(s) reçu(s).
Essayez &apos;dealscope-cli %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2
</source>
        <translation>Impossible d’écrire %1 : %2
</translation>
    </message>
    <message>
        <source>dealscope-cli: %1
</source>
        <translation>dealscope-cli : %1
</translation>
    </message>
    <message>
        <source>Writes the sample dataset (built from the five reference articles) to a new DealScope file.</source>
        <translation>Écrit le jeu de données d’exemple (tiré des cinq articles de référence) dans un nouveau fichier DealScope.</translation>
    </message>
    <message>
        <source>Wrote the sample dataset to %1
</source>
        <translation>Jeu de données d’exemple écrit dans %1
</translation>
    </message>
    <message>
        <source>Prints the number of companies, sources, deals, flows and claims in a DealScope file.</source>
        <translation>Affiche le nombre d’entreprises, de sources, d’accords, de flux et d’affirmations d’un fichier DealScope.</translation>
    </message>
    <message>
        <source>companies: %1
sources: %2
deals: %3
flows: %4
claims: %5
</source>
        <translation>entreprises : %1
sources : %2
accords : %3
flux : %4
affirmations : %5
</translation>
    </message>
    <message>
        <source>Runs integrity and consistency checks (database damage, foreign keys, claims without a source, quote offsets outside or not matching their texts, citation loops) and reports problems. Exits with 1 when any error is found; warnings alone exit with 0.</source>
        <translation>Vérifie l’intégrité et la cohérence (base endommagée, clés étrangères, affirmations sans source, positions de citation hors du texte ou ne correspondant pas, boucles de citation) et signale les problèmes. Quitte avec 1 si une erreur est trouvée ; des avertissements seuls donnent 0.</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>erreur : %1
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>avertissement : %1
</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)
</source>
        <translation>%1 erreur(s), %2 avertissement(s)
</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Number of deals.</source>
        <translation>Nombre d’accords.</translation>
    </message>
    <message>
        <source>Number of companies.</source>
        <translation>Nombre d’entreprises.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>Number of synthetic articles (default: deals/100, at least 20).</source>
        <translation>Nombre d’articles synthétiques (par défaut : accords/100, au moins 20).</translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation>Ne pas afficher la progression.</translation>
    </message>
    <message>
        <source>Generates a synthetic dataset for scale work into a new file: power-law company degrees, heavy-tailed amounts, dates 2000–2026, 1–4 claims per flow with some disagreeing, and ~3 KB articles marked synthetic. The same seed gives the same data.</source>
        <translation>Génère dans un nouveau fichier un jeu de données synthétique pour les tests à grande échelle : degrés des entreprises en loi de puissance, montants à queue lourde, dates 2000–2026, 1 à 4 affirmations par flux dont certaines divergentes, et articles d’environ 3 Ko marqués comme synthétiques. La même graine donne les mêmes données.</translation>
    </message>
    <message>
        <source>dealscope-cli generate: --deals must be at least 1, --companies at least 2, and --seed and --sources whole numbers.
</source>
        <translation>dealscope-cli generate : --deals doit valoir au moins 1, --companies au moins 2, et --seed et --sources doivent être des entiers.
</translation>
    </message>
    <message>
        <source>Wrote %1 deals, %2 flows, %3 claims, %4 companies and %5 sources to %6 in %7 s
</source>
        <translation>%1 accords, %2 flux, %3 affirmations, %4 entreprises et %5 sources écrits dans %6 en %7 s
</translation>
    </message>
    <message>
        <source>Write the sample dataset to a new file.</source>
        <translation>Écrire le jeu de données d’exemple dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Count the companies, sources, deals, flows and claims.</source>
        <translation>Compter les entreprises, sources, accords, flux et affirmations.</translation>
    </message>
    <message>
        <source>Export everything as one JSON document.</source>
        <translation>Tout exporter en un seul document JSON.</translation>
    </message>
    <message>
        <source>Run integrity and consistency checks.</source>
        <translation>Lancer les vérifications d’intégrité et de cohérence.</translation>
    </message>
    <message>
        <source>Generate a synthetic dataset for scale work.</source>
        <translation>Générer un jeu de données synthétique pour les tests à grande échelle.</translation>
    </message>
    <message>
        <source>Usage: dealscope-cli COMMAND [OPTIONS] ARGS...

DealScope&apos;s command-line tool. Commands:
</source>
        <translation>Usage : dealscope-cli COMMANDE [OPTIONS] ARGUMENTS...

L’outil en ligne de commande de DealScope. Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;dealscope-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Lancez &apos;dealscope-cli COMMANDE --help&apos; pour les options d’une commande.
</translation>
    </message>
    <message>
        <source>dealscope-cli: unknown command &apos;%1&apos;.
Run &apos;dealscope-cli --help&apos; for the list.
</source>
        <translation>dealscope-cli : commande inconnue &apos;%1&apos;.
Lancez &apos;dealscope-cli --help&apos; pour la liste.
</translation>
    </message>
    <message>
        <source>Generating… %1%</source>
        <translation>Génération… %1 %</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Prints the disputed figures: where the sources disagree on an amount, on who pays whom (direction or attribution), on a date or on whether a deal exists, with each side&apos;s sources and, for headline totals, which flows add up to them.</source>
        <translation>Affiche les chiffres contestés : où les sources divergent sur un montant, sur qui paie qui (sens ou attribution), sur une date ou sur l’existence d’un accord, avec les sources de chaque côté et, pour les totaux annoncés, les flux qui les composent.</translation>
    </message>
    <message>
        <source>Prints every figure derived from the claims: each flow&apos;s amount, each deal&apos;s headline total and each company&apos;s valuation, stake and totals, whether it is disputed and why, and every claim behind it.</source>
        <translation>Affiche chaque chiffre dérivé des affirmations : le montant de chaque flux, le total annoncé de chaque accord et la valorisation, la participation et les totaux de chaque entreprise, s’il est contesté et pourquoi, et chaque affirmation derrière.</translation>
    </message>
    <message numerus="yes">
        <source>%n disputed figure(s)
</source>
        <translation>
            <numerusform>%n chiffre contesté
</numerusform>
            <numerusform>%n chiffres contestés
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)
</source>
        <translation>
            <numerusform>%n chiffre
</numerusform>
            <numerusform>%n chiffres
</numerusform>
        </translation>
    </message>
    <message>
        <source>Print every figure with its claims and whether sources disagree.</source>
        <translation>Afficher chaque chiffre avec ses affirmations et si les sources divergent.</translation>
    </message>
    <message>
        <source>Print the disputed figures and how headline totals reconcile.</source>
        <translation>Afficher les chiffres contestés et comment les totaux annoncés se décomposent.</translation>
    </message>
    <message>
        <source>Attaches an article&apos;s text (a UTF-8 text file) to a source, named by its id or key, and re-anchors every quote of the source: at its offsets, then exactly elsewhere, then by its context, then ignoring typography and spacing. Quotes that no longer match are flagged as orphaned, never moved.</source>
        <translation>Joint le texte d’un article (un fichier texte UTF-8) à une source, désignée par son identifiant ou sa clé, et réancre chaque citation de la source : à sa position, puis exactement ailleurs, puis par son contexte, puis en ignorant typographie et espaces. Les citations qui ne correspondent plus sont marquées orphelines, jamais déplacées.</translation>
    </message>
    <message>
        <source>dealscope-cli attach: there is no source &apos;%1&apos;.
</source>
        <translation>dealscope-cli attach : il n’y a pas de source &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>Attached %1 characters. Quotes: %2 in place, %3 moved (exact), %4 found by context, %5 found ignoring typography, %6 orphaned.
</source>
        <translation>%1 caractères joints. Citations : %2 en place, %3 déplacées (exactes), %4 trouvées par le contexte, %5 trouvées en ignorant la typographie, %6 orphelines.
</translation>
    </message>
    <message>
        <source>orphaned: claim %1
</source>
        <translation>orpheline : affirmation %1
</translation>
    </message>
    <message>
        <source>Attach an article&apos;s text to a source and re-anchor its quotes.</source>
        <translation>Joindre le texte d’un article à une source et réancrer ses citations.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Le fichier à écrire : .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Width x height in pixels.</source>
        <translation>Largeur x hauteur en pixels.</translation>
    </message>
    <message>
        <source>Pixels per point (PNG).</source>
        <translation>Pixels par point (PNG).</translation>
    </message>
    <message>
        <source>First date (YYYY[-MM[-DD]]).</source>
        <translation>Première date (AAAA[-MM[-JJ]]).</translation>
    </message>
    <message>
        <source>Last date (YYYY[-MM[-DD]]).</source>
        <translation>Dernière date (AAAA[-MM[-JJ]]).</translation>
    </message>
    <message>
        <source>Only flows of this kind (equity, compute, chips, loan, acquisition, licensing, partnership); repeatable.</source>
        <translation>Seulement les flux de ce type (equity, compute, chips, loan, acquisition, licensing, partnership) ; répétable.</translation>
    </message>
    <message>
        <source>Add a caption naming the sources.</source>
        <translation>Ajouter une légende citant les sources.</translation>
    </message>
    <message>
        <source>Renders a chart of a DealScope file to PNG, SVG or PDF (works without a display).</source>
        <translation>Produit un graphique d’un fichier DealScope en PNG, SVG ou PDF (fonctionne sans écran).</translation>
    </message>
    <message>
        <source>dealscope-cli render: %1
</source>
        <translation>dealscope-cli render : %1
</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080 and --scale be a number.</source>
        <translation>--size doit avoir la forme 1920x1080 et --scale être un nombre.</translation>
    </message>
    <message>
        <source>invalid date &apos;%1&apos;.</source>
        <translation>date invalide &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;.</source>
        <translation>type inconnu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n flow(s))
</source>
        <translation>
            <numerusform>%1 écrit (%n flux)
</numerusform>
            <numerusform>%1 écrit (%n flux)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Render a chart to PNG, SVG or PDF.</source>
        <translation>Produire un graphique en PNG, SVG ou PDF.</translation>
    </message>
    <message>
        <source>dealscope-cli render: %1 flows match; the cumulative chart adds up to %2 figures. Narrow it with --from, --to or --kind.
</source>
        <translation>dealscope-cli render : %1 flux correspondent ; le graphique cumulé additionne au plus %2 montants. Restreignez avec --from, --to ou --kind.
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 flows grouped by month)
</source>
        <translation>%1 écrit (%2 flux regroupés par mois)
</translation>
    </message>
    <message>
        <source>Exports a DealScope file: as JSON, companies, sources, deals with their flows, and every claim with its quote; as GEXF or GraphML, the money graph (companies as nodes, flows as directed edges weighted by their amount in US$ billions, dated).</source>
        <translation>Exporte un fichier DealScope : en JSON, les entreprises, les sources, les accords avec leurs flux et chaque affirmation avec sa citation ; en GEXF ou GraphML, le graphe de l’argent (entreprises comme nœuds, flux comme arêtes orientées pondérées par leur montant en milliards de dollars US, datées).</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>aucun montant</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (contesté)</translation>
    </message>
    <message>
        <source>  stake %1%</source>
        <translation>  participation %1 %</translation>
    </message>
    <message>
        <source>Prints what a company pays (investments made, commitments, purchases) and receives (investors, customers, suppliers), each with its figure, the totals and the net flow, and round trips: for each investment, what the investee committed to spend with the investor.</source>
        <translation>Affiche ce qu’une entreprise paie (investissements, engagements, achats) et reçoit (investisseurs, clients, fournisseurs), chacun avec son montant, les totaux et le flux net, et les allers-retours : pour chaque investissement, ce que la bénéficiaire s’est engagée à dépenser chez l’investisseur.</translation>
    </message>
    <message numerus="yes">
        <source>Outgoing (%n position(s), %1 counted):
</source>
        <translation>
            <numerusform>Sortant (%n position, %1 comptés) :
</numerusform>
            <numerusform>Sortant (%n positions, %1 comptés) :
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incoming (%n position(s), %1 counted):
</source>
        <translation>
            <numerusform>Entrant (%n position, %1 comptés) :
</numerusform>
            <numerusform>Entrant (%n positions, %1 comptés) :
</numerusform>
        </translation>
    </message>
    <message>
        <source>Net flow: %1
</source>
        <translation>Flux net : %1
</translation>
    </message>
    <message>
        <source>Round trip: %1 invests %2 in %3; %3 commits %4 back to %1</source>
        <translation>Aller-retour : %1 investit %2 dans %3 ; %3 s’engage à reverser %4 à %1</translation>
    </message>
    <message>
        <source>Round trip: %1 invests %2 in %3; %3 commits to spend with %1 (no amount stated)</source>
        <translation>Aller-retour : %1 investit %2 dans %3 ; %3 s’engage à dépenser chez %1 (montant non précisé)</translation>
    </message>
    <message>
        <source> (%1× the investment)</source>
        <translation> (%1 × l’investissement)</translation>
    </message>
    <message>
        <source>Longest cycle, in flows (2 to 5; default 5).</source>
        <translation>Cycle le plus long, en flux (2 à 5 ; 5 par défaut).</translation>
    </message>
    <message>
        <source>Only cycles whose flows all fall within M months (undated flows left out).</source>
        <translation>Seulement les cycles dont tous les flux tiennent dans M mois (les flux non datés sont exclus).</translation>
    </message>
    <message>
        <source>Only flows of this kind (repeatable).</source>
        <translation>Seulement les flux de ce type (répétable).</translation>
    </message>
    <message>
        <source>Only cycles through this company.</source>
        <translation>Seulement les cycles passant par cette entreprise.</translation>
    </message>
    <message>
        <source>How many cycles to print, largest first (default 100; 0 for all).</source>
        <translation>Nombre de cycles à afficher, les plus grands d’abord (100 par défaut ; 0 pour tous).</translation>
    </message>
    <message>
        <source>Finds money going round: directed cycles of flows (a company pays another, which pays on, and the money comes back), each with the smallest amount on it, which is how much can have gone round at most.</source>
        <translation>Trouve l’argent qui tourne : des cycles orientés de flux (une entreprise paie une autre, qui paie à son tour, et l’argent revient), chacun avec le plus petit montant du cycle, soit au plus ce qui a pu faire le tour.</translation>
    </message>
    <message>
        <source>dealscope-cli cycles: --max-length must be 2 to 5.
</source>
        <translation>dealscope-cli cycles : --max-length doit valoir de 2 à 5.
</translation>
    </message>
    <message>
        <source>dealscope-cli cycles: --window-months must be a positive number.
</source>
        <translation>dealscope-cli cycles : --window-months doit être un nombre positif.
</translation>
    </message>
    <message>
        <source>dealscope-cli cycles: --limit must be 0 or more.
</source>
        <translation>dealscope-cli cycles : --limit doit valoir 0 ou plus.
</translation>
    </message>
    <message>
        <source>dealscope-cli cycles: unknown kind &apos;%1&apos;.
</source>
        <translation>dealscope-cli cycles : type inconnu « %1 ».
</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) found</source>
        <translation>
            <numerusform>%n cycle trouvé</numerusform>
            <numerusform>%n cycles trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>, the %1 largest:
</source>
        <translation>, les %1 plus grands :
</translation>
    </message>
    <message>
        <source>  — at most %1 round
</source>
        <translation>  — au plus %1 en boucle
</translation>
    </message>
    <message>
        <source>  — amount unknown
</source>
        <translation>  — montant inconnu
</translation>
    </message>
    <message>
        <source>Print what a company pays and receives, with totals and round trips.</source>
        <translation>Afficher ce qu’une entreprise paie et reçoit, avec totaux et allers-retours.</translation>
    </message>
    <message>
        <source>Find money going round in cycles of flows.</source>
        <translation>Trouver l’argent qui tourne en boucle dans les flux.</translation>
    </message>
    <message>
        <source>The chart: timeline, cumulative (committed capital over time), network (the money between companies), or stakes (one company&apos;s positions, with --company).</source>
        <translation>Le graphique : timeline, cumulative (capital engagé au fil du temps), network (l’argent entre entreprises) ou stakes (les positions d’une entreprise, avec --company).</translation>
    </message>
    <message>
        <source>Network: this company and its neighbours; stakes: whose positions.</source>
        <translation>Réseau : cette entreprise et ses voisines ; positions : de quelle entreprise.</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (known: timeline, cumulative, network, stakes).</source>
        <translation>vue inconnue « %1 » (connues : timeline, cumulative, network, stakes).</translation>
    </message>
    <message>
        <source>--view stakes needs --company NAME.</source>
        <translation>--view stakes demande --company NOM.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 companies, %n flow(s))
</source>
        <translation>
            <numerusform>%1 écrit (%2 entreprises, %n flux)
</numerusform>
            <numerusform>%1 écrit (%2 entreprises, %n flux)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2)
</source>
        <translation>%1 écrit (%2)
</translation>
    </message>
    <message>
        <source>The %1 largest cycles (paths that could not beat them were not followed)</source>
        <translation>Les %1 plus grands cycles (les chemins qui ne pouvaient pas les dépasser n’ont pas été suivis)</translation>
    </message>
    <message>
        <source>dealscope-cli %1: no company or alias &apos;%2&apos;.
</source>
        <translation>dealscope-cli %1 : aucune entreprise ni alias « %2 ».
</translation>
    </message>
    <message>
        <source>dealscope-cli: the sample dataset could not be read.
</source>
        <translation>dealscope-cli : le jeu de données d’exemple n’a pas pu être lu.
</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message>
        <source>%1–%2  %3 (%4)  %5 → %6  %7, %8, %9</source>
        <translation>%1–%2  %3 (%4)  %5 → %6  %7, %8, %9</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1–%2  %3 (%4)  %5 of %6%7</source>
        <translation>%1–%2  %3 (%4)  %5 de %6%7</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> dans %1</translation>
    </message>
    <message>
        <source>dealscope-cli: &apos;%1&apos; is not a date (use 2025, 2025-11 or 2025-11-18).
</source>
        <translation>dealscope-cli : « %1 » n’est pas une date (utilisez 2025, 2025-11 ou 2025-11-18).
</translation>
    </message>
    <message>
        <source>Know the companies and aliases of this file (default: those of the sample dataset).</source>
        <translation>Connaître les entreprises et alias de ce fichier (par défaut : ceux du jeu d’exemple).</translation>
    </message>
    <message>
        <source>The publication date, for relative dates (default: the one the text states).</source>
        <translation>La date de publication, pour les dates relatives (par défaut : celle du texte).</translation>
    </message>
    <message>
        <source>Leave out share prices (&quot;$150 a share&quot;).</source>
        <translation>Ignorer les cours d’action (« $150 par action »).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln figure(s)
</source>
        <translation>
            <numerusform>%1 : %Ln chiffre
</numerusform>
            <numerusform>%1 : %Ln chiffres
</numerusform>
        </translation>
    </message>
    <message>
        <source>Also add the proposed figures as claims.</source>
        <translation>Ajouter aussi les chiffres proposés comme affirmations.</translation>
    </message>
    <message>
        <source>The publication date of the articles.</source>
        <translation>La date de publication des articles.</translation>
    </message>
    <message>
        <source>%1: not imported: %2
</source>
        <translation>%1 : non importé : %2
</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1 : avertissement : %2
</translation>
    </message>
    <message>
        <source>  skipped %1: %2
</source>
        <translation>  ignoré %1 : %2
</translation>
    </message>
    <message>
        <source>%1: already there as source %2; not imported again.
</source>
        <translation>%1 : déjà présent comme source %2 ; non réimporté.
</translation>
    </message>
    <message>
        <source>%1: imported as source %2 (“%3”).
</source>
        <translation>%1 : importé comme source %2 (« %3 »).
</translation>
    </message>
    <message>
        <source>Show at most N results (default 20).</source>
        <translation>Afficher au plus N résultats (20 par défaut).</translation>
    </message>
    <message>
        <source>Searches the titles and texts of the sources. Every word must occur; &quot;quoted words&quot; must occur together. Nothing you type is an operator.</source>
        <translation>Recherche dans les titres et textes des sources. Chaque mot doit figurer ; les « mots entre guillemets » doivent figurer ensemble. Rien de ce que vous tapez n’est un opérateur.</translation>
    </message>
    <message>
        <source>dealscope-cli search: --limit takes a positive number.
</source>
        <translation>dealscope-cli search : --limit attend un nombre positif.
</translation>
    </message>
    <message>
        <source>dealscope-cli search: %1
</source>
        <translation>dealscope-cli search : %1
</translation>
    </message>
    <message>
        <source>No source matches.
</source>
        <translation>Aucune source ne correspond.
</translation>
    </message>
    <message>
        <source>(more results; use --limit to see them)
</source>
        <translation>(plus de résultats ; utilisez --limit pour les voir)
</translation>
    </message>
    <message>
        <source>Find the figures of articles and propose claims for them.</source>
        <translation>Trouver les chiffres des articles et proposer des affirmations.</translation>
    </message>
    <message>
        <source>Add articles as sources (and their figures as claims).</source>
        <translation>Ajouter des articles comme sources (et leurs chiffres comme affirmations).</translation>
    </message>
    <message>
        <source>Search the titles and texts of the sources.</source>
        <translation>Rechercher dans les titres et textes des sources.</translation>
    </message>
    <message>
        <source>Refuse articles larger than MB megabytes (default 10).</source>
        <translation>Refuser les articles de plus de MB mégaoctets (10 par défaut).</translation>
    </message>
    <message>
        <source>dealscope-cli: --max-size takes a positive number of megabytes.
</source>
        <translation>dealscope-cli : --max-size attend un nombre positif de mégaoctets.
</translation>
    </message>
    <message>
        <source>(these words are in most sources: the best matches among the newest %1 are shown; add words to narrow the search)
</source>
        <translation>(ces mots figurent dans la plupart des sources : les meilleurs résultats parmi les %1 plus récentes sont affichés ; ajoutez des mots pour affiner)
</translation>
    </message>
    <message>
        <source>dealscope-cli: %1 is larger than 512 MB.
</source>
        <translation>dealscope-cli : %1 dépasse 512 Mo.
</translation>
    </message>
    <message>
        <source>Say what would be added and merged; write nothing.</source>
        <translation>Dire ce qui serait ajouté et fusionné ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Imports a JSON document (as `export --format json` writes it) into a DealScope file (created when it does not exist), in one transaction: companies are merged by name or alias and sources by key; deals, flows and claims are added.</source>
        <translation>Importe un document JSON (tel que l’écrit `export --format json`) dans un fichier DealScope (créé s’il n’existe pas), en une transaction : les entreprises sont fusionnées par nom ou alias et les sources par clé ; accords, flux et affirmations sont ajoutés.</translation>
    </message>
    <message>
        <source>dealscope-cli import-json: %1
</source>
        <translation>dealscope-cli import-json : %1
</translation>
    </message>
    <message>
        <source>Would add %1 companies (%2 merged with existing ones), %3 sources (%4 merged), %5 deals, %6 flows, %7 claims.
</source>
        <translation>Ajouterait %1 entreprises (%2 fusionnées avec des existantes), %3 sources (%4 fusionnées), %5 accords, %6 flux, %7 affirmations.
</translation>
    </message>
    <message>
        <source>Added %1 companies (%2 merged with existing ones), %3 sources (%4 merged), %5 deals, %6 flows, %7 claims.
</source>
        <translation>Ajouté %1 entreprises (%2 fusionnées avec des existantes), %3 sources (%4 fusionnées), %5 accords, %6 flux, %7 affirmations.
</translation>
    </message>
    <message>
        <source>Check every row and count; write nothing.</source>
        <translation>Vérifier et compter chaque ligne ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Which column holds what, e.g. &quot;Investor=payer,Startup=payee&quot; (fields: payer, payee, kind, amount, date, deal, status, quote, note, ignore). Columns not named are guessed from their header.</source>
        <translation>Quelle colonne contient quoi, p. ex. &quot;Investor=payer,Startup=payee&quot; (champs : payer, payee, kind, amount, date, deal, status, quote, note, ignore). Les colonnes non nommées sont devinées d’après leur en-tête.</translation>
    </message>
    <message>
        <source>Imports flows from a CSV file, one per row, in one transaction: every row or none. Rows with errors are reported with their line numbers.</source>
        <translation>Importe des flux depuis un fichier CSV, un par ligne, en une transaction : toutes les lignes ou aucune. Les lignes erronées sont signalées avec leur numéro.</translation>
    </message>
    <message>
        <source>dealscope-cli import-csv: %1
</source>
        <translation>dealscope-cli import-csv : %1
</translation>
    </message>
    <message>
        <source>dealscope-cli import-csv: cannot map &apos;%1&apos; (columns: %2).
</source>
        <translation>dealscope-cli import-csv : impossible d’associer « %1 » (colonnes : %2).
</translation>
    </message>
    <message>
        <source>dealscope-cli import-csv: nothing was imported; fix these rows:
</source>
        <translation>dealscope-cli import-csv : rien n’a été importé ; corrigez ces lignes :
</translation>
    </message>
    <message>
        <source>Would add %1 flows in %2 deals, %3 claims, %4 new companies (%5 rows).
</source>
        <translation>Ajouterait %1 flux dans %2 accords, %3 affirmations, %4 nouvelles entreprises (%5 lignes).
</translation>
    </message>
    <message>
        <source>Added %1 flows in %2 deals, %3 claims, %4 new companies (%5 rows).
</source>
        <translation>Ajouté %1 flux dans %2 accords, %3 affirmations, %4 nouvelles entreprises (%5 lignes).
</translation>
    </message>
    <message>
        <source>Output format: json, csv (with --table), gexf (Gephi) or graphml (Cytoscape, igraph, networkx).</source>
        <translation>Format de sortie : json, csv (avec --table), gexf (Gephi) ou graphml (Cytoscape, igraph, networkx).</translation>
    </message>
    <message>
        <source>For CSV: the table to write: deals, flows or claims.</source>
        <translation>Pour le CSV : la table à écrire : deals, flows ou claims.</translation>
    </message>
    <message>
        <source>For CSV: start with a UTF-8 byte-order mark (for spreadsheets).</source>
        <translation>Pour le CSV : commencer par une marque d’ordre des octets UTF-8 (pour les tableurs).</translation>
    </message>
    <message>
        <source>dealscope-cli export: unknown format &apos;%1&apos; (known: json, csv, gexf, graphml).
</source>
        <translation>dealscope-cli export : format « %1 » inconnu (connus : json, csv, gexf, graphml).
</translation>
    </message>
    <message>
        <source>dealscope-cli export: CSV needs --table deals, flows or claims.
</source>
        <translation>dealscope-cli export : le CSV demande --table deals, flows ou claims.
</translation>
    </message>
    <message>
        <source>Import a JSON document (as export writes it) into a file.</source>
        <translation>Importer un document JSON (tel qu’export l’écrit) dans un fichier.</translation>
    </message>
    <message>
        <source>Import flows from a CSV file, all rows or none.</source>
        <translation>Importer des flux d’un fichier CSV, toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <source>Finds the figures of articles (text, Markdown, web pages saved as HTML or MHTML, PDF; or folders of them) and proposes a claim for each: amount, who pays whom, kind, status, date and the quote. Offsets are UTF-16 code units in the article&apos;s text; a .txt file is read as it is, so they refer to the file&apos;s own text.</source>
        <translation>Trouve les chiffres d’articles (texte, Markdown, pages web enregistrées en HTML ou MHTML, PDF ; ou dossiers de ces fichiers) et propose une affirmation pour chacun : montant, qui paie qui, type, statut, date et citation. Les positions sont en unités de code UTF-16 dans le texte de l’article ; un fichier .txt est lu tel quel, elles renvoient donc au texte même du fichier.</translation>
    </message>
    <message>
        <source>  [%1]</source>
        <translation>  [%1]</translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation>  (%1)</translation>
    </message>
    <message>
        <source>Adds articles (text, Markdown, web pages saved as HTML or MHTML, PDF; or folders of them) as sources, with the metadata they state. An article already there (the same text) is not added twice. With --accept, the figures found become claims: on an existing flow when payer, payee, kind and date match, else on a new deal; those DealScope is unsure of (a side guessed or missing, a name it does not know, not a payment, no number) are listed, not added. Reports per file what happened.</source>
        <translation>Ajoute des articles (texte, Markdown, pages web enregistrées en HTML ou MHTML, PDF ; ou des dossiers de ceux-ci) comme sources, avec les métadonnées qu’ils indiquent. Un article déjà présent (le même texte) n’est pas ajouté deux fois. Avec --accept, les chiffres trouvés deviennent des affirmations : sur un flux existant quand payeur, bénéficiaire, type et date correspondent, sinon sur un nouvel accord ; ceux dont DealScope n’est pas sûr (un côté deviné ou manquant, un nom inconnu, pas un paiement, pas de nombre) sont listés, pas ajoutés. Indique pour chaque fichier ce qui s’est passé.</translation>
    </message>
    <message>
        <source>  skipped %1 (unsure): %2
</source>
        <translation>  ignoré %1 (incertain) : %2
</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Impossible d’écrire le fichier CSV : %1</translation>
    </message>
    <message>
        <source>The CSV file</source>
        <translation>Le fichier CSV</translation>
    </message>
    <message>
        <source>The CSV file is not valid UTF-8; save it as UTF-8 and try again.</source>
        <translation>Le fichier CSV n’est pas en UTF-8 valide ; enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Ligne %1 : un champ entre guillemets n’est jamais fermé.</translation>
    </message>
    <message>
        <source>The CSV file has no header row.</source>
        <translation>Le fichier CSV n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>Choose the columns that hold the payer and the payee.</source>
        <translation>Choisissez les colonnes du payeur et du bénéficiaire.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the payer and the payee are both needed</source>
        <translation>le payeur et le bénéficiaire sont tous deux nécessaires</translation>
    </message>
    <message>
        <source>the payer and the payee are the same company (%1)</source>
        <translation>le payeur et le bénéficiaire sont la même entreprise (%1)</translation>
    </message>
    <message>
        <source>“%1” is not a kind (equity, compute, chips, loan, acquisition, licensing, partnership)</source>
        <translation>« %1 » n’est pas un type (equity, compute, chips, loan, acquisition, licensing, partnership)</translation>
    </message>
    <message>
        <source>“%1” is not a status (rumoured, in talks, announced, completed, cancelled)</source>
        <translation>« %1 » n’est pas un statut (rumoured, in talks, announced, completed, cancelled)</translation>
    </message>
    <message>
        <source>“%1” is not a date (2025, 2025-11 or 2025-11-18)</source>
        <translation>« %1 » n’est pas une date (2025, 2025-11 ou 2025-11-18)</translation>
    </message>
    <message>
        <source>“%1” is not an amount (e.g. $30 billion, up to $5B, 1500000)</source>
        <translation>« %1 » n’est pas un montant (p. ex. $30 billion, up to $5B, 1500000)</translation>
    </message>
    <message>
        <source>Flows imported from a CSV file.</source>
        <translation>Flux importés d’un fichier CSV.</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>“%1” is not a date (2025, 2025-11 or 2025-11-18; add ~ when approximate).</source>
        <translation>« %1 » n’est pas une date (2025, 2025-11 ou 2025-11-18 ; ajoutez ~ si approximative).</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualité</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>Synthétique</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>A company needs a name.</source>
        <translation>Une entreprise a besoin d’un nom.</translation>
    </message>
    <message>
        <source>“%1” already names another company.</source>
        <translation>« %1 » désigne déjà une autre entreprise.</translation>
    </message>
    <message>
        <source>Aliases must be different from each other and from the name.</source>
        <translation>Les alias doivent différer entre eux et du nom.</translation>
    </message>
    <message>
        <source>A flow&apos;s payer cannot be its payee.</source>
        <translation>Le payeur d’un flux ne peut pas en être le bénéficiaire.</translation>
    </message>
    <message>
        <source>A flow needs a payer and a payee.</source>
        <translation>Un flux a besoin d’un payeur et d’un bénéficiaire.</translation>
    </message>
    <message>
        <source>A company cannot be merged into itself.</source>
        <translation>Une entreprise ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>There is no such company.</source>
        <translation>Cette entreprise n’existe pas.</translation>
    </message>
    <message>
        <source>%1 and %2 have flows between them (%3): merged, a company would pay itself. Delete or change those flows first.</source>
        <translation>%1 et %2 ont des flux entre eux (%3) : fusionnées, une entreprise se paierait elle-même. Supprimez ou modifiez d’abord ces flux.</translation>
    </message>
    <message>
        <source>This company still has %1 flows or claims: delete or move them first (or merge the company into another).</source>
        <translation>Cette entreprise a encore %1 flux ou affirmations : supprimez-les ou déplacez-les d’abord (ou fusionnez l’entreprise avec une autre).</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB.</source>
        <translation>%1 dépasse 512 Mo.</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>Importer du JSON</translation>
    </message>
    <message>
        <source>DealScope JSON (*.json);;All files (*)</source>
        <translation>JSON DealScope (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import the JSON file</source>
        <translation>Impossible d’importer le fichier JSON</translation>
    </message>
    <message>
        <source>%1 companies to add (%2 already here by name or alias), %3 sources to add (%4 already here by key), %5 deals, %6 flows and %7 claims to add.</source>
        <translation>%1 entreprises à ajouter (%2 déjà présentes par nom ou alias), %3 sources à ajouter (%4 déjà présentes par clé), %5 accords, %6 flux et %7 affirmations à ajouter.</translation>
    </message>
    <message>
        <source>Import %1 into this file?</source>
        <translation>Importer %1 dans ce fichier ?</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Exporter une table en CSV</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Claims (with their quotes)</source>
        <translation>Affirmations (avec leurs citations)</translation>
    </message>
    <message>
        <source>Start with a byte-order mark (for spreadsheets)</source>
        <translation>Commencer par une marque d’ordre des octets (pour les tableurs)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation>Impossible d’exporter la table</translation>
    </message>
    <message>
        <source>Import Flows from CSV</source>
        <translation>Importer des flux depuis un CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import the CSV file</source>
        <translation>Impossible d’importer le fichier CSV</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Relies on %1 (not in the database).</source>
        <translation>S’appuie sur %1 (absent de la base).</translation>
    </message>
    <message>
        <source>Say who pays.</source>
        <translation>Indiquez qui paie.</translation>
    </message>
    <message>
        <source>Say which company the figure is about.</source>
        <translation>Indiquez de quelle entreprise il s’agit.</translation>
    </message>
    <message>
        <source>Say who is paid.</source>
        <translation>Indiquez qui est payé.</translation>
    </message>
    <message>
        <source>The payer and the payee are the same company.</source>
        <translation>Le payeur et le bénéficiaire sont la même entreprise.</translation>
    </message>
    <message>
        <source>The figure has no value.</source>
        <translation>Le chiffre n’a pas de valeur.</translation>
    </message>
    <message>
        <source>A stake is a percentage between 0 and 100.</source>
        <translation>Une participation est un pourcentage entre 0 et 100.</translation>
    </message>
    <message>
        <source>Figure %1 (%2): %3</source>
        <translation>Chiffre %1 (%2) : %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Created the deal “%1” with its flow.</source>
        <translation>Accord « %1 » créé avec son flux.</translation>
    </message>
    <message>
        <source>Added a %1 claim on %2 about %3.</source>
        <translation>Affirmation (%1) sur %2 concernant %3 ajoutée.</translation>
    </message>
    <message>
        <source>Added a %1 claim on %2.</source>
        <translation>Affirmation (%1) sur %2 ajoutée.</translation>
    </message>
    <message>
        <source>%1 → %2, %3, %4</source>
        <translation>%1 → %2, %3, %4</translation>
    </message>
    <message>
        <source>Added to the existing flow %1 as a direction dispute (this article says %2 pays %3).</source>
        <translation>Ajouté au flux existant %1 comme désaccord sur le sens (cet article dit que %2 paie %3).</translation>
    </message>
    <message>
        <source>Added to the existing flow %1.</source>
        <translation>Ajouté au flux existant %1.</translation>
    </message>
</context>
<context>
    <name>Pg</name>
    <message>
        <source>Cannot connect to %1: out of memory.</source>
        <translation>Connexion à %1 impossible : mémoire épuisée.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Connexion à %1 impossible : %2</translation>
    </message>
    <message>
        <source>Cannot talk UTF-8 with %1: %2</source>
        <translation>Impossible d’échanger en UTF-8 avec %1 : %2</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <source>There is no such deal.</source>
        <translation>Cet accord n’existe pas.</translation>
    </message>
    <message>
        <source>There is no such flow.</source>
        <translation>Ce flux n’existe pas.</translation>
    </message>
    <message>
        <source>There is no such source.</source>
        <translation>Cette source n’existe pas.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>Un accord doit avoir un titre.</translation>
    </message>
    <message>
        <source>A source needs a title or a publisher.</source>
        <translation>Une source doit avoir un titre ou un éditeur.</translation>
    </message>
    <message>
        <source>Choose the source that makes this claim.</source>
        <translation>Choisissez la source qui avance cette affirmation.</translation>
    </message>
    <message>
        <source>A claim is about exactly one flow, deal or company.</source>
        <translation>Une affirmation porte sur exactement un flux, un accord ou une entreprise.</translation>
    </message>
    <message>
        <source>Enter the amount the source states.</source>
        <translation>Saisissez le montant indiqué par la source.</translation>
    </message>
    <message>
        <source>Enter the date the source states.</source>
        <translation>Saisissez la date indiquée par la source.</translation>
    </message>
    <message>
        <source>A stake is a percentage above 0 and at most 100.</source>
        <translation>Une participation est un pourcentage supérieur à 0 et au plus 100.</translation>
    </message>
    <message>
        <source>The quote does not stand in the source&apos;s text: copy a sentence from the article.</source>
        <translation>La citation ne figure pas dans le texte de la source : copiez une phrase de l’article.</translation>
    </message>
    <message>
        <source>A company cannot invest in or hold itself.</source>
        <translation>Une entreprise ne peut ni investir en elle-même ni se détenir.</translation>
    </message>
    <message>
        <source>The source cannot say that a company pays itself.</source>
        <translation>La source ne peut pas dire qu’une entreprise se paie elle-même.</translation>
    </message>
</context>
<context>
    <name>ds::Checks</name>
    <message>
        <source>Database damage: %1</source>
        <translation>Base de données endommagée : %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>La ligne %1 de la table %2 renvoie à une ligne absente de %3.</translation>
    </message>
    <message>
        <source>Claim %1 has no source.</source>
        <translation>L’affirmation %1 n’a pas de source.</translation>
    </message>
    <message>
        <source>Claim %1: its minimum amount exceeds its maximum.</source>
        <translation>Affirmation %1 : le montant minimal dépasse le maximal.</translation>
    </message>
    <message>
        <source>Claim %1 is about an amount but has none.</source>
        <translation>L’affirmation %1 porte sur un montant mais n’en a pas.</translation>
    </message>
    <message>
        <source>Claim %1 is orphaned: its quote no longer matches its source.</source>
        <translation>L’affirmation %1 est orpheline : sa citation ne correspond plus à sa source.</translation>
    </message>
    <message>
        <source>Deal %1 has neither flows nor claims.</source>
        <translation>L’accord %1 n’a ni flux ni affirmations.</translation>
    </message>
    <message>
        <source>Source %1 cites itself.</source>
        <translation>La source %1 se cite elle-même.</translation>
    </message>
    <message>
        <source>Claim %1: its quote ends at %2, past the end of its source&apos;s text (%3).</source>
        <translation>Affirmation %1 : sa citation se termine à %2, après la fin du texte de sa source (%3).</translation>
    </message>
    <message>
        <source>Claim %1: its quote does not match its source&apos;s text at offsets %2–%3.</source>
        <translation>Affirmation %1 : sa citation ne correspond pas au texte de sa source aux positions %2–%3.</translation>
    </message>
    <message>
        <source>Source %1 is part of a citation loop.</source>
        <translation>La source %1 fait partie d’une boucle de citations.</translation>
    </message>
</context>
<context>
    <name>ds::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation>La requête n’a renvoyé aucune ligne.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Saving a copy failed: %1</source>
        <translation>L’enregistrement d’une copie a échoué : %1</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>La transaction est déjà terminée.</translation>
    </message>
    <message>
        <source>Another program is writing to this file and did not finish within %1 seconds; nothing was changed here. Try again in a moment.</source>
        <translation>Un autre programme écrit dans ce fichier et n’a pas fini en %1 secondes ; rien n’a été modifié ici. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>%1 is open in DealScope; choose another name.</source>
        <translation>%1 est ouvert dans DealScope ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>ds::Files</name>
    <message>
        <source>%1 is a DealScope file open in this program; choose another name.</source>
        <translation>%1 est un fichier DealScope ouvert dans ce programme ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is a DealScope file open in this program; it cannot be read as an article or an import.</source>
        <translation>%1 est un fichier DealScope ouvert dans ce programme ; il ne peut pas être lu comme article ni importé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ds::Import</name>
    <message>
        <source>%1 nests its elements more than 512 deep; the deeper tags were read as plain text.</source>
        <translation>%1 imbrique ses éléments sur plus de 512 niveaux ; les balises plus profondes ont été lues comme du texte brut.</translation>
    </message>
    <message>
        <source>No article stood out in %1, so all of its visible text was kept: check the text and the figures in the review.</source>
        <translation>Aucun article ne se détachait dans %1 : tout son texte visible a été gardé. Vérifiez le texte et les chiffres lors de la relecture.</translation>
    </message>
    <message>
        <source>%1 holds no article text.</source>
        <translation>%1 ne contient aucun texte d’article.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation>%1 est trop volumineux (%2 Mo ; la limite est de %3 Mo).</translation>
    </message>
</context>
<context>
    <name>ds::Money</name>
    <message>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
</context>
<context>
    <name>ds::PartialDate</name>
    <message>
        <source>c. %1</source>
        <comment>an approximate date, e.g. c. Nov 2025</comment>
        <translation>vers %1</translation>
    </message>
</context>
<context>
    <name>ds::Schema</name>
    <message>
        <source>This file was written by a newer version of DealScope (format %1; this version reads up to %2). Update DealScope to open it.</source>
        <translation>Ce fichier a été écrit par une version plus récente de DealScope (format %1 ; cette version lit jusqu’au format %2). Mettez DealScope à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Upgrading the file to format %1 failed: %2</source>
        <translation>La mise à niveau du fichier au format %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>ds::Search</name>
    <message>
        <source>Type a word or a &quot;phrase&quot; to search for.</source>
        <translation>Tapez un mot ou une « expression » à rechercher.</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>La recherche n’a pas pu être lancée : %1</translation>
    </message>
</context>
<context>
    <name>ds::Store</name>
    <message>
        <source>This is not a DealScope file (it is not an SQLite database).</source>
        <translation>Ce n’est pas un fichier DealScope (ce n’est pas une base SQLite).</translation>
    </message>
    <message>
        <source>The file is truncated (its header is incomplete).</source>
        <translation>Le fichier est tronqué (son en-tête est incomplet).</translation>
    </message>
    <message>
        <source>The file is damaged (its page size is invalid).</source>
        <translation>Le fichier est endommagé (taille de page invalide).</translation>
    </message>
    <message>
        <source>The file is truncated (its size is not a whole number of pages).</source>
        <translation>Le fichier est tronqué (sa taille n’est pas un nombre entier de pages).</translation>
    </message>
    <message>
        <source>The file is truncated: it holds %1 of its %2 pages.</source>
        <translation>Le fichier est tronqué : il contient %1 de ses %2 pages.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a DealScope file.</source>
        <translation>%1 est un dossier, pas un fichier DealScope.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Le fichier %1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a DealScope file.</source>
        <translation>Le fichier %1 est vide : ce n’est pas un fichier DealScope.</translation>
    </message>
    <message>
        <source>The file is damaged or not a DealScope file (%1).</source>
        <translation>Le fichier est endommagé ou n’est pas un fichier DealScope (%1).</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another application.</source>
        <translation>Ce fichier SQLite appartient à une autre application.</translation>
    </message>
    <message>
        <source>This SQLite file is not a DealScope file (it has other tables).</source>
        <translation>Ce fichier SQLite n’est pas un fichier DealScope (il contient d’autres tables).</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>Cette bibliothèque SQLite ne peut pas imposer les clés étrangères.</translation>
    </message>
    <message>
        <source>Cannot add the company “%1”: %2</source>
        <translation>Impossible d’ajouter l’entreprise « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot add the alias “%1”: %2</source>
        <translation>Impossible d’ajouter l’alias « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot add the source “%1”: %2</source>
        <translation>Impossible d’ajouter la source « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot add the deal “%1”: %2</source>
        <translation>Impossible d’ajouter l’accord « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot add the flow: %1</source>
        <translation>Impossible d’ajouter le flux : %1</translation>
    </message>
    <message>
        <source>Cannot add the claim: %1</source>
        <translation>Impossible d’ajouter l’affirmation : %1</translation>
    </message>
    <message>
        <source>There is no source with id %1.</source>
        <translation>Il n’y a pas de source d’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no flow with id %1.</source>
        <translation>Il n’y a pas de flux d’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Il n’y a pas d’accord d’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>Il n’y a pas d’entreprise d’identifiant %1.</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>ds::Types</name>
    <message>
        <source>AI lab</source>
        <translation>Laboratoire d’IA</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Fournisseur cloud</translation>
    </message>
    <message>
        <source>Chipmaker</source>
        <translation>Fabricant de puces</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investisseur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Rumoured</source>
        <translation>Rumeur</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>En négociation</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Conclu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Equity investment</source>
        <translation>Prise de participation</translation>
    </message>
    <message>
        <source>Compute commitment</source>
        <translation>Engagement de calcul</translation>
    </message>
    <message>
        <source>Chip purchase</source>
        <translation>Achat de puces</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Existence</source>
        <translation>Existence</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Valorisation</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Confirme</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Contredit</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Déprécié</translation>
    </message>
</context>
<context>
    <name>ds::analysis</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 selon %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n claims)</source>
        <translation>
            <numerusform>%1 (%n affirmation)</numerusform>
            <numerusform>%1 (%n affirmations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 independent</source>
        <translation>, %1 indépendante(s)</translation>
    </message>
    <message>
        <source>no source states an amount</source>
        <translation>aucune source n’indique de montant</translation>
    </message>
    <message>
        <source>all agree on %1</source>
        <translation>toutes concordent sur %1</translation>
    </message>
    <message>
        <source>sources disagree on the amount: %1</source>
        <translation>les sources divergent sur le montant : %1</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> contre </translation>
    </message>
    <message numerus="yes">
        <source>%n disagree(s) on the amount: %1</source>
        <translation>
            <numerusform>%n diverge sur le montant : %1</numerusform>
            <numerusform>%n divergent sur le montant : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message numerus="yes">
        <source>%n deprecated claim(s) not counted</source>
        <translation>
            <numerusform>%n affirmation dépréciée non comptée</numerusform>
            <numerusform>%n affirmations dépréciées non comptées</numerusform>
        </translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sens</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>attribution</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>existence</source>
        <translation>existence</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>concorde</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>diverge</translation>
    </message>
    <message>
        <source>not counted (deprecated)</source>
        <translation>non comptée (dépréciée)</translation>
    </message>
    <message>
        <source>states no amount</source>
        <translation>n’indique pas de montant</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>entreprise %1</translation>
    </message>
    <message>
        <source>direction: %1 says %2 pays %3</source>
        <translation>sens : selon %1, %2 paie %3</translation>
    </message>
    <message>
        <source>attribution: %1 says %2 pays %3</source>
        <translation>attribution : selon %1, %2 paie %3</translation>
    </message>
    <message>
        <source>date: %1 says %2</source>
        <translation>date : selon %1, %2</translation>
    </message>
    <message>
        <source>existence: %1 contradicts it</source>
        <translation>existence : %1 la conteste</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>aucun montant</translation>
    </message>
    <message>
        <source>%1: no combination of the flows adds up to it</source>
        <translation>%1 : aucune combinaison des flux n’atteint ce total</translation>
    </message>
    <message>
        <source>unknown source %1</source>
        <translation>source inconnue %1</translation>
    </message>
    <message>
        <source>%1, citing %2</source>
        <translation>%1, citant %2</translation>
    </message>
    <message>
        <source>untitled article %1</source>
        <translation>article sans titre %1</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>les %1 de %2</translation>
    </message>
    <message>
        <source> (counting %1, which runs the other way)</source>
        <translation> (en comptant %1, qui vont dans l’autre sens)</translation>
    </message>
    <message>
        <source>status: %1 says %2</source>
        <translation>statut : %1 dit %2</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
</context>
<context>
    <name>ds::exchange</name>
    <message>
        <source>Cannot write the graph: %1</source>
        <translation>Impossible d’écrire le graphe : %1</translation>
    </message>
</context>
<context>
    <name>ds::gen</name>
    <message>
        <source>A synthetic dataset needs at least one deal and two companies.</source>
        <translation>Un jeu de données synthétique demande au moins un accord et deux entreprises.</translation>
    </message>
    <message>
        <source>Synthetic data can only be generated into an empty file.</source>
        <translation>Les données synthétiques ne peuvent être générées que dans un fichier vide.</translation>
    </message>
    <message>
        <source>Generation was cancelled.</source>
        <translation>La génération a été annulée.</translation>
    </message>
</context>
<context>
    <name>ds::gui::AmountDialog</name>
    <message>
        <source>Edit Amount</source>
        <translation>Modifier le montant</translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation>Montant tel qu’indiqué</translation>
    </message>
    <message>
        <source>e.g. $30 billion, up to $5B, €15 million, $5–10 billion</source>
        <translation>p. ex. $30 billion, up to $5B, €15 million, $5–10 billion</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>“%1” is not an amount DealScope can read.</source>
        <translation>« %1 » n’est pas un montant que DealScope sait lire.</translation>
    </message>
</context>
<context>
    <name>ds::gui::ArticleReader</name>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Article : %1</translation>
    </message>
    <message>
        <source>publisher unknown</source>
        <translation>éditeur inconnu</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>DealScope does not have this article&apos;s text. Attach it with File › Attach Article Text… to read the quote in place.</source>
        <translation>DealScope n’a pas le texte de cet article. Joignez-le avec Fichier › Joindre le texte d’un article… pour lire la citation en place.</translation>
    </message>
</context>
<context>
    <name>ds::gui::Attach</name>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n’est ouvert.</translation>
    </message>
    <message>
        <source>Quotes in place: %1. Moved to where they now stand: %2. Found by their context: %3. Found ignoring typography and spacing: %4.</source>
        <translation>Citations en place : %1. Déplacées là où elles se trouvent : %2. Trouvées par leur contexte : %3. Trouvées en ignorant typographie et espaces : %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) no longer match the text: they keep their place and are flagged as orphaned.</source>
        <translation>
            <numerusform>%n citation ne correspond plus au texte : elle garde sa place et est marquée orpheline.</numerusform>
            <numerusform>%n citations ne correspondent plus au texte : elles gardent leur place et sont marquées orphelines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Article Text</source>
        <translation>Joindre le texte d’un article</translation>
    </message>
    <message>
        <source>This file has no sources to attach a text to.</source>
        <translation>Ce fichier n’a aucune source à laquelle joindre un texte.</translation>
    </message>
    <message>
        <source>Source whose text you have:</source>
        <translation>Source dont vous avez le texte :</translation>
    </message>
    <message>
        <source>Article Text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot attach the text</source>
        <translation>Impossible de joindre le texte</translation>
    </message>
    <message>
        <source>Text attached</source>
        <translation>Texte joint</translation>
    </message>
    <message>
        <source>Attach a text to %1</source>
        <translation>Joindre un texte à %1</translation>
    </message>
</context>
<context>
    <name>ds::gui::ClaimActions</name>
    <message>
        <source>Add &amp;Claim to Selected Flow…</source>
        <translation>Ajouter une affirmation au flux sélectionn&amp;é…</translation>
    </message>
    <message>
        <source>Record what a source says about the selected flow</source>
        <translation>Noter ce qu’une source dit du flux sélectionné</translation>
    </message>
    <message>
        <source>Add &amp;Headline Total to Selected Deal…</source>
        <translation>Ajouter le total annon&amp;cé à l’accord sélectionné…</translation>
    </message>
    <message>
        <source>Record the total a source states for the selected deal</source>
        <translation>Noter le total qu’une source indique pour l’accord sélectionné</translation>
    </message>
    <message>
        <source>Add Claim &amp;about Focused Company…</source>
        <translation>Ajouter une affir&amp;mation sur l’entreprise sélectionnée…</translation>
    </message>
    <message>
        <source>Record a valuation, a stake or a total invested that a source states</source>
        <translation>Noter une valorisation, une participation ou un total investi qu’une source indique</translation>
    </message>
    <message>
        <source>the headline total of %1</source>
        <translation>le total annoncé de %1</translation>
    </message>
    <message>
        <source>a figure</source>
        <translation>un chiffre</translation>
    </message>
    <message>
        <source>a flow</source>
        <translation>un flux</translation>
    </message>
    <message>
        <source>Add a claim on %1</source>
        <translation>Ajouter une affirmation sur %1</translation>
    </message>
    <message>
        <source>Change amount of %1</source>
        <translation>Modifier le montant de %1</translation>
    </message>
    <message>
        <source>Edit a claim on %1</source>
        <translation>Modifier une affirmation sur %1</translation>
    </message>
    <message>
        <source>Rank a claim on %1 %2</source>
        <translation>Classer une affirmation sur %1 : %2</translation>
    </message>
    <message>
        <source>Delete a claim on %1</source>
        <translation>Supprimer une affirmation sur %1</translation>
    </message>
</context>
<context>
    <name>ds::gui::ClaimCard</name>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>%1 · status: %2</source>
        <translation>%1 · statut : %2</translation>
    </message>
    <message>
        <source>%1 on the %2</source>
        <translation>%1 sur : %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>orphaned quote</source>
        <translation>citation orpheline</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copier la citation</translation>
    </message>
    <message>
        <source>Copy a plain-text citation of this claim (publisher, title, date, quote)</source>
        <translation>Copier une citation en texte brut de cette affirmation (éditeur, titre, date, citation)</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Ouvrir l’article</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit &amp;Amount…</source>
        <translation>Modifier le &amp;montant…</translation>
    </message>
    <message>
        <source>Edit &amp;Claim…</source>
        <translation>Modifier l’&amp;affirmation…</translation>
    </message>
    <message>
        <source>Change the source, what it states, the stance or the quote</source>
        <translation>Changer la source, ce qu’elle affirme, la position ou la citation</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Rang</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Supprimer l’affirmation</translation>
    </message>
    <message>
        <source>Edit the claim</source>
        <translation>Modifier l’affirmation</translation>
    </message>
    <message>
        <source>Claim from %1: %2</source>
        <translation>Affirmation de %1 : %2</translation>
    </message>
</context>
<context>
    <name>ds::gui::ClaimDialog</name>
    <message>
        <source>Edit Claim</source>
        <translation>Modifier l’affirmation</translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation>Ajouter une affirmation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>What the source states</source>
        <translation>Ce que la source affirme</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation>Montant tel qu’indiqué</translation>
    </message>
    <message>
        <source>e.g. $30 billion, up to $5B, €15 million, $5–10 billion</source>
        <translation>p. ex. $30 billion, up to $5B, €15 million, $5–10 billion</translation>
    </message>
    <message>
        <source>Stake in percent</source>
        <translation>Participation en pourcentage</translation>
    </message>
    <message>
        <source>e.g. 27 or 27.5</source>
        <translation>p. ex. 27 ou 27,5</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>the company invested in or held (optional)</source>
        <translation>l’entreprise investie ou détenue (facultatif)</translation>
    </message>
    <message>
        <source>Payer as the source states it</source>
        <translation>Payeur tel que la source l’indique</translation>
    </message>
    <message>
        <source>only when the source says who pays</source>
        <translation>seulement si la source dit qui paie</translation>
    </message>
    <message>
        <source>Payee as the source states it</source>
        <translation>Bénéficiaire tel que la source l’indique</translation>
    </message>
    <message>
        <source>only when the source says who is paid</source>
        <translation>seulement si la source dit qui est payé</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>The deal&apos;s status as the source states it</source>
        <translation>L’état de l’accord selon la source</translation>
    </message>
    <message>
        <source>What the source says of the deal&apos;s stage (“announced plans”, “has finalized”). Sources that state different stages at the same time make a status dispute.</source>
        <translation>Ce que la source dit de l’état de l’accord (« a annoncé des projets », « a finalisé »). Des sources qui donnent au même moment des états différents forment un désaccord sur le statut.</translation>
    </message>
    <message>
        <source>Date as stated</source>
        <translation>Date telle qu’indiquée</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation>2025, 2025-11 ou 2025-11-18 ; ~ si approximative</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>the sentence of the article that says it (optional)</source>
        <translation>la phrase de l’article qui le dit (facultatif)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Stat&amp;es</source>
        <translation>Affirm&amp;e</translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;Pourcentage</translation>
    </message>
    <message>
        <source>&amp;In company</source>
        <translation>Dans l’entrepr&amp;ise</translation>
    </message>
    <message>
        <source>Says &amp;who pays</source>
        <translation>Dit &amp;qui paie</translation>
    </message>
    <message>
        <source>Says who &amp;receives</source>
        <translation>Dit qui &amp;reçoit</translation>
    </message>
    <message>
        <source>Says the dea&amp;l is</source>
        <translation>Dit l’é&amp;tat de l’accord</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Choose one of the file&apos;s sources (New Source… adds one).</source>
        <translation>Choisissez une source du fichier (Nouvelle source… en ajoute une).</translation>
    </message>
    <message>
        <source>Enter the amount the source states.</source>
        <translation>Saisissez le montant indiqué par la source.</translation>
    </message>
    <message>
        <source>“%1” is not an amount DealScope can read.</source>
        <translation>« %1 » n’est pas un montant que DealScope sait lire.</translation>
    </message>
    <message>
        <source>Enter the date the source states.</source>
        <translation>Saisissez la date indiquée par la source.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>« %1 » n’est pas un pourcentage.</translation>
    </message>
    <message>
        <source>“%1” is not a company of this file.</source>
        <translation>« %1 » n’est pas une entreprise de ce fichier.</translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyActions</name>
    <message>
        <source>Edit Focused Com&amp;pany…</source>
        <translation>Modifier l’&amp;entreprise sélectionnée…</translation>
    </message>
    <message>
        <source>Rename the focused company, change its kind or aliases</source>
        <translation>Renommer l’entreprise sélectionnée, changer son type ou ses alias</translation>
    </message>
    <message>
        <source>&amp;Merge Focused Company Into…</source>
        <translation>Fusionner l’entreprise sélectionnée a&amp;vec…</translation>
    </message>
    <message>
        <source>Move a company&apos;s flows, claims, name and aliases to another company (for duplicates)</source>
        <translation>Déplacer les flux, affirmations, nom et alias d’une entreprise vers une autre (pour les doublons)</translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <source>Delete Focused Compan&amp;y</source>
        <translation>Supprimer l’entre&amp;prise sélectionnée</translation>
    </message>
    <message>
        <source>Delete the focused company when no flow or claim refers to it</source>
        <translation>Supprimer l’entreprise sélectionnée si aucun flux ni aucune affirmation n’y renvoie</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>Add company %1</source>
        <translation>Ajouter l’entreprise %1</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>Modifier l’entreprise %1</translation>
    </message>
    <message>
        <source>Delete company %1</source>
        <translation>Supprimer l’entreprise %1</translation>
    </message>
    <message>
        <source>Merge Company</source>
        <translation>Fusionner une entreprise</translation>
    </message>
    <message>
        <source>Merge %1 into (its flows, claims, name and aliases move there):</source>
        <translation>Fusionner %1 avec (ses flux, affirmations, nom et alias y sont déplacés) :</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionner %1 avec %2</translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyDialog</name>
    <message>
        <source>Edit Company</source>
        <translation>Modifier l’entreprise</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Company kind</source>
        <translation>Type d’entreprise</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>other names, separated by commas (e.g. AWS, Amazon.com)</source>
        <translation>autres noms, séparés par des virgules (p. ex. AWS, Amazon.com)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Alias</translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyDock</name>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Rechercher des entreprises</translation>
    </message>
    <message>
        <source>Company search</source>
        <translation>Recherche d’entreprises</translation>
    </message>
    <message>
        <source>Company list</source>
        <translation>Liste des entreprises</translation>
    </message>
    <message>
        <source>&amp;Edit Company…</source>
        <translation>&amp;Modifier l’entreprise…</translation>
    </message>
    <message>
        <source>The companies cannot be read: %1</source>
        <translation>Impossible de lire les entreprises : %1</translation>
    </message>
</context>
<context>
    <name>ds::gui::CompanyListModel</name>
    <message>
        <source>%1 — also known as %2</source>
        <translation>%1 — aussi appelé %2</translation>
    </message>
</context>
<context>
    <name>ds::gui::CsvImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Import Flows from %1</source>
        <translation>Importer des flux depuis %1</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Ce que contient la colonne %1</translation>
    </message>
    <message>
        <source>Check the rows again after changing the columns.</source>
        <translation>Vérifiez à nouveau les lignes après avoir changé les colonnes.</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Rapport de vérification</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s). Choose what each column holds (payer and payee are needed), check the rows, then import them: all or none.</source>
        <translation>
            <numerusform>%Ln ligne. Choisissez ce que contient chaque colonne (payeur et bénéficiaire sont nécessaires), vérifiez les lignes, puis importez-les : toutes ou aucune.</numerusform>
            <numerusform>%Ln lignes. Choisissez ce que contient chaque colonne (payeur et bénéficiaire sont nécessaires), vérifiez les lignes, puis importez-les : toutes ou aucune.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check Rows</source>
        <translation>&amp;Vérifier les lignes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>These rows need fixing in the file; nothing will be imported until they are:</source>
        <translation>Ces lignes doivent être corrigées dans le fichier ; rien ne sera importé avant :</translation>
    </message>
    <message>
        <source>Ready: %1 flows in %2 deals, %3 claims with amounts, %4 new companies.</source>
        <translation>Prêt : %1 flux dans %2 accords, %3 affirmations avec montants, %4 nouvelles entreprises.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n flow(s) from %1</source>
        <translation>
            <numerusform>Importer %n flux depuis %1</numerusform>
            <numerusform>Importer %n flux depuis %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::CyclesDock</name>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Through the focused company</source>
        <translation>Passant par l’entreprise choisie</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>jusqu’à </translation>
    </message>
    <message>
        <source> flows</source>
        <translation> flux</translation>
    </message>
    <message>
        <source>Longest cycle</source>
        <translation>Cycle le plus long</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>toute période</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Only cycles whose flows all fall within this many months</source>
        <translation>Seulement les cycles dont tous les flux tiennent dans ce nombre de mois</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Fenêtre de temps</translation>
    </message>
    <message>
        <source>Money goes round</source>
        <translation>L’argent fait le tour</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>Cycles, largest first</source>
        <translation>Cycles, les plus grands d’abord</translation>
    </message>
    <message>
        <source>The flows cannot be read: %1</source>
        <translation>Impossible de lire les flux : %1</translation>
    </message>
    <message>
        <source>Reading the flows and their figures…</source>
        <translation>Lecture des flux et de leurs chiffres…</translation>
    </message>
    <message>
        <source>Select a company to list the cycles through it.</source>
        <translation>Choisissez une entreprise pour lister les cycles qui passent par elle.</translation>
    </message>
    <message>
        <source>%1 flows: tick &quot;Through the focused company&quot; and select a company to list its cycles.</source>
        <translation>%1 flux : cochez « Passant par l’entreprise choisie » et choisissez une entreprise pour lister ses cycles.</translation>
    </message>
    <message>
        <source>Searching for cycles…</source>
        <translation>Recherche des cycles…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cycle(s), the %1 largest shown</source>
        <translation>
            <numerusform>%Ln cycle, les %1 plus grands affichés</numerusform>
            <numerusform>%Ln cycles, les %1 plus grands affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cycle(s)</source>
        <translation>
            <numerusform>%Ln cycle</numerusform>
            <numerusform>%Ln cycles</numerusform>
        </translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>montant inconnu</translation>
    </message>
</context>
<context>
    <name>ds::gui::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <source>Edit Deal</source>
        <translation>Modifier l’accord</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Titre de l’accord</translation>
    </message>
    <message>
        <source>e.g. Microsoft invests in OpenAI</source>
        <translation>p. ex. Microsoft investit dans OpenAI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation>2025, 2025-11 ou 2025-11-18 ; ~ si approximative</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>Deal note</source>
        <translation>Note sur l’accord</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Announced</source>
        <translation>&amp;Annoncé</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>First flow of money</source>
        <translation>Premier flux d’argent</translation>
    </message>
</context>
<context>
    <name>ds::gui::DealTableModel</name>
    <message>
        <source>Approximate date</source>
        <translation>Date approximative</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>Contesté : %1</translation>
    </message>
    <message>
        <source>The sources disagree on the status: %1</source>
        <translation>Les sources sont en désaccord sur le statut : %1</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>aucun montant</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount (as stated)</source>
        <translation>Montant (tel qu’énoncé)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>ds::gui::DealTableView</name>
    <message>
        <source>Filter by deal, payer or payee (Ctrl+F)</source>
        <translation>Filtrer par accord, payeur ou bénéficiaire (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deal filter</source>
        <translation>Filtre des accords</translation>
    </message>
    <message>
        <source>Show all companies</source>
        <translation>Afficher toutes les entreprises</translation>
    </message>
    <message>
        <source>Deal table</source>
        <translation>Tableau des accords</translation>
    </message>
    <message>
        <source>Showing the flows paid or received by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Flux payés ou reçus par &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The flows cannot be read: %1</source>
        <translation>Impossible de lire les flux : %1</translation>
    </message>
    <message>
        <source>Loading flows…</source>
        <translation>Chargement des flux…</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) shown</source>
        <translation>
            <numerusform>%n flux affiché</numerusform>
            <numerusform>%n flux affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::DisputesDock</name>
    <message>
        <source>Disputes</source>
        <translation>Contestations</translation>
    </message>
    <message>
        <source>Disputed figures</source>
        <translation>Chiffres contestés</translation>
    </message>
    <message>
        <source>The disputes cannot be worked out: %1</source>
        <translation>Impossible d’établir les désaccords : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n disputed figure(s) — the sources disagree on an amount, on who pays whom, on a date, on the status or on whether a deal exists.</source>
        <translation>
            <numerusform>%n chiffre contesté — les sources divergent sur un montant, sur qui paie qui, sur une date, sur le statut ou sur l’existence d’un accord.</numerusform>
            <numerusform>%n chiffres contestés — les sources divergent sur un montant, sur qui paie qui, sur une date, sur le statut ou sur l’existence d’un accord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::DisputesModel</name>
    <message>
        <source>Headline total</source>
        <translation>Total annoncé</translation>
    </message>
    <message>
        <source> (%1 pays %2)</source>
        <translation> (%1 paie %2)</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>statut : %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Disagree on</source>
        <translation>Divergence sur</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Sources on each side</source>
        <translation>Sources de chaque côté</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
</context>
<context>
    <name>ds::gui::Document</name>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n’est ouvert.</translation>
    </message>
    <message>
        <source>Choose another name: this is the open file.</source>
        <translation>Choisissez un autre nom : c’est le fichier ouvert.</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>accords</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>flux</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affirmations</translation>
    </message>
    <message>
        <source>Another program changed this file (%1); the views show it now.</source>
        <translation>Un autre programme a modifié ce fichier (%1) ; les vues l’affichent maintenant.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ds::gui::Export</name>
    <message>
        <source>Cannot export to “%1”: the file must end in .png, .svg or .pdf.</source>
        <translation>Impossible d’exporter vers « %1 » : le fichier doit se terminer par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>The size must be between 16 and 20000 pixels and the scale between 0.1 and 8.</source>
        <translation>La taille doit être comprise entre 16 et 20000 pixels et l’échelle entre 0,1 et 8.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>ds::gui::ExportDialog</name>
    <message>
        <source>Add a caption naming the sources</source>
        <translation>Ajouter une légende citant les sources</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>chart.png, chart.svg or chart.pdf</source>
        <translation>graphique.png, graphique.svg ou graphique.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Pixels per point in PNG files (2 for sharp images on high-DPI screens)</source>
        <translation>Pixels par point dans les PNG (2 pour des images nettes sur écrans haute densité)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Largeur :</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Hauteur :</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ds::gui::FlowActions</name>
    <message>
        <source>New &amp;Deal…</source>
        <translation>Nouvel &amp;accord…</translation>
    </message>
    <message>
        <source>Add a deal with its first flow of money</source>
        <translation>Ajouter un accord avec son premier flux d’argent</translation>
    </message>
    <message>
        <source>Edit Selected D&amp;eal…</source>
        <translation>Modifier l’acc&amp;ord sélectionné…</translation>
    </message>
    <message>
        <source>Change the selected deal&apos;s title, status or announcement date</source>
        <translation>Changer le titre, le statut ou la date d’annonce de l’accord sélectionné</translation>
    </message>
    <message>
        <source>Add F&amp;low to Selected Deal…</source>
        <translation>Ajouter un f&amp;lux à l’accord sélectionné…</translation>
    </message>
    <message>
        <source>Add another flow of money to the selected deal</source>
        <translation>Ajouter un autre flux d’argent à l’accord sélectionné</translation>
    </message>
    <message>
        <source>Edit Selected &amp;Flow…</source>
        <translation>Modifier le &amp;flux sélectionné…</translation>
    </message>
    <message>
        <source>Change the selected flow&apos;s payer, payee, kind or date</source>
        <translation>Changer le payeur, le bénéficiaire, le type ou la date du flux sélectionné</translation>
    </message>
    <message>
        <source>Delete Selected Flo&amp;w</source>
        <translation>Supprimer le flu&amp;x sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected flow with its claims (its deal too when it is the last flow)</source>
        <translation>Supprimer le flux sélectionné avec ses affirmations (et son accord s’il en est le dernier flux)</translation>
    </message>
    <message>
        <source>Dele&amp;te Selected Deal</source>
        <translation>Supprimer l’accord sélec&amp;tionné</translation>
    </message>
    <message>
        <source>Delete the selected deal with all its flows and claims</source>
        <translation>Supprimer l’accord sélectionné avec tous ses flux et affirmations</translation>
    </message>
    <message>
        <source>Add deal %1</source>
        <translation>Ajouter l’accord %1</translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation>Modifier l’accord %1</translation>
    </message>
    <message>
        <source>Delete deal %1</source>
        <translation>Supprimer l’accord %1</translation>
    </message>
    <message>
        <source>Add Flow</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>Add a flow</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>Add flow %1</source>
        <translation>Ajouter le flux %1</translation>
    </message>
    <message>
        <source>Edit flow %1</source>
        <translation>Modifier le flux %1</translation>
    </message>
    <message>
        <source>Delete flow %1</source>
        <translation>Supprimer le flux %1</translation>
    </message>
</context>
<context>
    <name>ds::gui::FlowDialog</name>
    <message>
        <source>Edit Flow</source>
        <translation>Modifier le flux</translation>
    </message>
</context>
<context>
    <name>ds::gui::FlowFields</name>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation>2025, 2025-11 ou 2025-11-18 ; ~ si approximative</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation>&amp;Payeur</translation>
    </message>
    <message>
        <source>Pa&amp;yee</source>
        <translation>&amp;Bénéficiaire</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>“%1” is not a company of this file.</source>
        <translation>« %1 » n’est pas une entreprise de ce fichier.</translation>
    </message>
    <message>
        <source>A flow&apos;s payer cannot be its payee.</source>
        <translation>Le payeur d’un flux ne peut pas en être le bénéficiaire.</translation>
    </message>
</context>
<context>
    <name>ds::gui::ImportReport</name>
    <message>
        <source>Import Report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>Imported: %1. Already there: %2. Not imported: %3.</source>
        <translation>Importés : %1. Déjà présents : %2. Non importés : %3.</translation>
    </message>
    <message>
        <source>Cancelled: the files after these were not looked at.</source>
        <translation>Annulé : les fichiers suivants n’ont pas été examinés.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>&amp;Review Figures…</source>
        <translation>&amp;Vérifier les chiffres…</translation>
    </message>
</context>
<context>
    <name>ds::gui::MainWindow</name>
    <message>
        <source>DealScope files (*.dealscope);;All files (*)</source>
        <translation>Fichiers DealScope (*.dealscope);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find Deals</source>
        <translation>Rechercher des acc&amp;ords</translation>
    </message>
    <message>
        <source>Find &amp;Company</source>
        <translation>Rechercher une &amp;entreprise</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>Effacer la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>&amp;Entreprises</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About DealScope</source>
        <translation>À &amp;propos de DealScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>New DealScope File</source>
        <translation>Nouveau fichier DealScope</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Impossible de créer le fichier</translation>
    </message>
    <message>
        <source>This is the file that is open.</source>
        <translation>C’est le fichier ouvert.</translation>
    </message>
    <message>
        <source>Open DealScope File</source>
        <translation>Ouvrir un fichier DealScope</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d’enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>About DealScope</source>
        <translation>À propos de DealScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealScope %1&lt;/h3&gt;&lt;p&gt;Explore who funds whom in the AI industry: deals, money flows and the sources behind every figure.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DealScope %1&lt;/h3&gt;&lt;p&gt;Découvrez qui finance qui dans l’industrie de l’IA : accords, flux d’argent et les sources derrière chaque chiffre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is removed from the list.</source>
        <translation>%1 n’existe plus ; il est retiré de la liste.</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vider le menu</translation>
    </message>
    <message>
        <source>DealScope</source>
        <translation>DealScope</translation>
    </message>
    <message>
        <source>%1 — DealScope</source>
        <translation>%1 — DealScope</translation>
    </message>
    <message>
        <source>%1 companies · %2 sources · %3 deals · %4 flows · %5 claims</source>
        <translation>%1 entreprises · %2 sources · %3 accords · %4 flux · %5 affirmations</translation>
    </message>
    <message>
        <source>&amp;Attach Article Text…</source>
        <translation>&amp;Joindre le texte d’un article…</translation>
    </message>
    <message>
        <source>Attach the full text of an article to its source and re-anchor its quotes</source>
        <translation>Joindre le texte complet d’un article à sa source et réancrer ses citations</translation>
    </message>
    <message>
        <source>&amp;Sources of the Figure</source>
        <translation>&amp;Sources du chiffre</translation>
    </message>
    <message>
        <source>&amp;Disputes</source>
        <translation>Con&amp;testations</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>S&amp;ources</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>Exporter la chronologie en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>D&amp;eal Table</source>
        <translation>Tableau des &amp;accords</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Impossible d’exporter le graphique</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>Filt&amp;re</translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation>&amp;Types</translation>
    </message>
    <message>
        <source>&amp;Statuses</source>
        <translation>&amp;Statuts</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>the stakes chart</source>
        <translation>le graphique des positions</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>C&amp;ycles</source>
        <translation>C&amp;ycles</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>la chronologie</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exporté vers %2</translation>
    </message>
    <message>
        <source>&amp;Years…</source>
        <translation>&amp;Années…</translation>
    </message>
    <message>
        <source>Show only the flows dated within some years</source>
        <translation>N’afficher que les flux datés de certaines années</translation>
    </message>
    <message>
        <source>Show &amp;All Kinds, Statuses and Years</source>
        <translation>Affic&amp;her tous les types, statuts et années</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>All years (and undated flows)</source>
        <translation>Toutes les années (et les flux non datés)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <source>Add news articles (text, Markdown or HTML) and review the figures found in them</source>
        <translation>Ajouter des articles (texte, Markdown ou HTML) et vérifier les chiffres trouvés</translation>
    </message>
    <message>
        <source>Import a &amp;Folder of Articles…</source>
        <translation>Importer un &amp;dossier d’articles…</translation>
    </message>
    <message>
        <source>Review the article on the clipboard and add it</source>
        <translation>Vérifier l’article du presse-papiers et l’ajouter</translation>
    </message>
    <message>
        <source>Search &amp;Articles</source>
        <translation>Rec&amp;hercher dans les articles</translation>
    </message>
    <message>
        <source>Se&amp;arch Articles</source>
        <translation>Recherche d’artic&amp;les</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Importer un dossier d’articles</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Le presse-papiers ne contient aucun texte à importer.</translation>
    </message>
    <message>
        <source>Import &amp;JSON…</source>
        <translation>I&amp;mporter du JSON…</translation>
    </message>
    <message>
        <source>Add what a DealScope JSON export holds to this file</source>
        <translation>Ajouter le contenu d’un export JSON DealScope à ce fichier</translation>
    </message>
    <message>
        <source>Import Flows from C&amp;SV…</source>
        <translation>Importer des flux depuis un C&amp;SV…</translation>
    </message>
    <message>
        <source>Add flows from a spreadsheet, one per row</source>
        <translation>Ajouter des flux depuis un tableur, un par ligne</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation>Exporter une &amp;table en CSV…</translation>
    </message>
    <message>
        <source>Write deals, flows or claims as CSV for a spreadsheet</source>
        <translation>Écrire accords, flux ou affirmations en CSV pour un tableur</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>La modification n’a pas été faite</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Delete Flow</source>
        <translation>Supprimer le flux</translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>Paste Ar&amp;ticle</source>
        <translation>&amp;Coller un article</translation>
    </message>
    <message>
        <source>Company Sta&amp;kes</source>
        <translation>&amp;Positions de l’entreprise</translation>
    </message>
    <message>
        <source>Done: %1. Ctrl+Z takes it back.</source>
        <translation>Fait : %1. Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>Undone: %1. Ctrl+Shift+Z makes it again.</source>
        <translation>Annulé : %1. Ctrl+Maj+Z le refait.</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Articles (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>ds::gui::NetworkView</name>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Réseau entier</translation>
    </message>
    <message>
        <source>Focused company and neighbours</source>
        <translation>Entreprise choisie et voisines</translation>
    </message>
    <message>
        <source>Focused company, 2 hops</source>
        <translation>Entreprise choisie, 2 sauts</translation>
    </message>
    <message>
        <source>Network scope</source>
        <translation>Étendue du réseau</translation>
    </message>
    <message>
        <source>Network as of</source>
        <translation>Réseau à la date du</translation>
    </message>
    <message>
        <source>Show the network as of a date: only flows announced by then</source>
        <translation>Afficher le réseau à une date : seulement les flux annoncés jusque-là</translation>
    </message>
    <message>
        <source>Play the network&apos;s growth month by month</source>
        <translation>Lire la croissance du réseau mois par mois</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole network (Ctrl+Shift+0)</source>
        <translation>Afficher tout le réseau (Ctrl+Maj+0)</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · drag a company to pin it · click to focus</source>
        <translation>Molette : zoom · glisser : déplacer · glisser une entreprise : l’épingler · clic : choisir</translation>
    </message>
    <message>
        <source>Money network</source>
        <translation>Réseau de l’argent</translation>
    </message>
    <message>
        <source>Left and Right arrows: previous and next company; Up and Down: the focused company&apos;s flows; + and −: zoom; Home: whole network</source>
        <translation>Flèches gauche et droite : entreprise précédente et suivante ; haut et bas : les flux de l’entreprise sélectionnée ; + et − : zoom ; Début : tout le réseau</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>The flows cannot be read: %1</source>
        <translation>Impossible de lire les flux : %1</translation>
    </message>
    <message>
        <source>Reading the flows and their figures…</source>
        <translation>Lecture des flux et de leurs chiffres…</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <source>No flows match the filters and the date.</source>
        <translation>Aucun flux ne correspond aux filtres et à la date.</translation>
    </message>
    <message>
        <source>Select a company (in the list, the table or here) to see its neighbours.</source>
        <translation>Choisissez une entreprise (dans la liste, le tableau ou ici) pour voir ses voisines.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 paid and received</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 payés et reçus</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>aucun montant</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (contesté)</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 · %3&lt;br&gt;%4 · %n flow(s)</source>
        <translation>
            <numerusform>%1 → %2 · %3&lt;br&gt;%4 · %n flux</numerusform>
            <numerusform>%1 → %2 · %3&lt;br&gt;%4 · %n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %Ln companies… %1%</source>
        <translation>
            <numerusform>Disposition de %Ln entreprise… %1 %</numerusform>
            <numerusform>Disposition de %Ln entreprises… %1 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>$1.4T (the largest unit)</source>
        <translation>$1.4T (la plus grande unité)</translation>
    </message>
    <message>
        <source>$1,400B (in billions)</source>
        <translation>$1,400B (en milliards)</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Format des nombres</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Chart width</source>
        <translation>Largeur du graphique</translation>
    </message>
    <message>
        <source>Chart height</source>
        <translation>Hauteur du graphique</translation>
    </message>
    <message>
        <source>Chart scale</source>
        <translation>Échelle du graphique</translation>
    </message>
    <message>
        <source>A new language shows from the next start.</source>
        <translation>Une nouvelle langue s’affiche au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Amounts</source>
        <translation>&amp;Montants</translation>
    </message>
    <message>
        <source>Chart export &amp;width</source>
        <translation>Export des graphiques : &amp;largeur</translation>
    </message>
    <message>
        <source>Chart export &amp;height</source>
        <translation>Export des graphiques : &amp;hauteur</translation>
    </message>
    <message>
        <source>Chart export &amp;scale</source>
        <translation>Export des graphiques : é&amp;chelle</translation>
    </message>
</context>
<context>
    <name>ds::gui::ProposalDelegate</name>
    <message>
        <source>A known company, or a new name to add as a company</source>
        <translation>Une entreprise connue, ou un nouveau nom à ajouter comme entreprise</translation>
    </message>
</context>
<context>
    <name>ds::gui::ProposalModel</name>
    <message>
        <source>%1: not a payment between two parties.</source>
        <translation>%1 : pas un paiement entre deux parties.</translation>
    </message>
    <message>
        <source>A market value, read as a valuation.</source>
        <translation>Une capitalisation boursière, lue comme une valorisation.</translation>
    </message>
    <message>
        <source>No number: read as at least two.</source>
        <translation>Pas de nombre : lu comme au moins deux.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation>« %1 » n’est pas un pourcentage.</translation>
    </message>
    <message>
        <source>“%1” is not an amount DealScope can read (e.g. $30 billion, up to $5B, €15 million).</source>
        <translation>« %1 » n’est pas un montant que DealScope sait lire (p. ex. $30 billion, up to $5B, €15 million).</translation>
    </message>
    <message>
        <source>“%1” is not a date (2025, 2025-11 or 2025-11-18; add ~ when approximate).</source>
        <translation>« %1 » n’est pas une date (2025, 2025-11 ou 2025-11-18 ; ajoutez ~ si approximative).</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <source>%1 (direction dispute)</source>
        <translation>%1 (désaccord sur le sens)</translation>
    </message>
    <message>
        <source>No flow of the file matches: accepting makes a new deal.</source>
        <translation>Aucun flux du fichier ne correspond : accepter crée un nouvel accord.</translation>
    </message>
    <message>
        <source>Check to add it to the existing flow %1 instead.</source>
        <translation>Cochez pour l’ajouter plutôt au flux existant %1.</translation>
    </message>
    <message>
        <source>Adds to the existing flow %1; uncheck to make a new deal instead.</source>
        <translation>S’ajoute au flux existant %1 ; décochez pour créer plutôt un nouvel accord.</translation>
    </message>
    <message>
        <source>The sentence states it: the claim records this status, and a source that states another makes a status dispute.</source>
        <translation>La phrase l’indique : l’affirmation enregistre ce statut, et une source qui en indique un autre forme un désaccord sur le statut.</translation>
    </message>
    <message>
        <source>Assumed: the sentence does not state the status, so the claim records none. Choose one to record it.</source>
        <translation>Supposé : la phrase n’indique pas le statut, l’affirmation n’en enregistre donc aucun. Choisissez-en un pour l’enregistrer.</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>Qui paie</translation>
    </message>
    <message>
        <source>The company the figure is about</source>
        <translation>L’entreprise concernée par le chiffre</translation>
    </message>
    <message>
        <source>Who is paid</source>
        <translation>Qui est payé</translation>
    </message>
    <message>
        <source>The counterparty, if any</source>
        <translation>La contrepartie, le cas échéant</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Non accepté</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Payer / company</source>
        <translation>Payeur / entreprise</translation>
    </message>
    <message>
        <source>Payee / counterparty</source>
        <translation>Bénéficiaire / contrepartie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Rejoint</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ds::gui::ReviewDialog</name>
    <message>
        <source>Review Article — %1</source>
        <translation>Vérifier l’article — %1</translation>
    </message>
    <message>
        <source>Review article</source>
        <translation>Vérifier l’article</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>the outlet the article reports, if any</source>
        <translation>le média que l’article reprend, le cas échéant</translation>
    </message>
    <message>
        <source>unknown (nothing is fetched)</source>
        <translation>inconnue (rien n’est téléchargé)</translation>
    </message>
    <message>
        <source>e.g. 2025-11-18, 2025-11 or 2025-11~</source>
        <translation>p. ex. 2025-11-18, 2025-11 ou 2025-11~</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>É&amp;diteur</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>A&amp;uteur</translation>
    </message>
    <message>
        <source>&amp;Relies on</source>
        <translation>&amp;S’appuie sur</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>&amp;Publié</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Relies on</source>
        <translation>S’appuie sur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>This article is already in the file (source %1, with %2 claims): it is not added twice; checked figures are added to it.</source>
        <translation>Cet article est déjà dans le fichier (source %1, avec %2 affirmations) : il n’est pas ajouté deux fois ; les chiffres cochés lui sont ajoutés.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Found: %1 %2 %3</source>
        <translation>Trouvé : %1 %2 %3</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>montants</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>entreprises</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>Proposed claims</source>
        <translation>Affirmations proposées</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>Tout &amp;cocher</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>&amp;Tout décocher</translation>
    </message>
    <message>
        <source>Finding figures…</source>
        <translation>Recherche des chiffres…</translation>
    </message>
    <message>
        <source>Why this figure</source>
        <translation>Pourquoi ce chiffre</translation>
    </message>
    <message>
        <source>Add &amp;Checked Figures to It</source>
        <translation>Ajouter les chiffres &amp;cochés</translation>
    </message>
    <message>
        <source>Add Article and &amp;Checked Figures</source>
        <translation>Ajouter l’article et les chiffres &amp;cochés</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Add Article &amp;Only</source>
        <translation>Ajouter l’article &amp;seul</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Joins: %1</source>
        <translation>Rejoint : %1</translation>
    </message>
    <message>
        <source>Figures found: %L1; checked: %L2</source>
        <translation>Chiffres trouvés : %L1 ; cochés : %L2</translation>
    </message>
    <message>
        <source>“%1” is not a date: use 2025, 2025-11 or 2025-11-18, with ~ when approximate.</source>
        <translation>« %1 » n’est pas une date : utilisez 2025, 2025-11 ou 2025-11-18, avec ~ si approximative.</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Rien n’a été ajouté : %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n claim(s) to a source</source>
        <translation>
            <numerusform>Ajouter %n affirmation à une source</numerusform>
            <numerusform>Ajouter %n affirmations à une source</numerusform>
        </translation>
    </message>
    <message>
        <source>Import article %1</source>
        <translation>Importer l’article %1</translation>
    </message>
</context>
<context>
    <name>ds::gui::SearchDock</name>
    <message>
        <source>Search Articles</source>
        <translation>Recherche d’articles</translation>
    </message>
    <message>
        <source>Search the articles&apos; titles and texts</source>
        <translation>Rechercher dans les titres et textes des articles</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Every word must occur; &quot;quoted words&quot; must occur together.</source>
        <translation>Chaque mot doit figurer ; les « mots entre guillemets » doivent figurer ensemble.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Type words to search for.</source>
        <translation>Tapez les mots à rechercher.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>No article contains all of these words.</source>
        <translation>Aucun article ne contient tous ces mots.</translation>
    </message>
    <message>
        <source>These words are in most articles: the best %L1 matches among the newest %L2 (%L3 ms). Add words to narrow the search.</source>
        <translation>Ces mots figurent dans la plupart des articles : les %L1 meilleurs résultats parmi les %L2 plus récents (%L3 ms). Ajoutez des mots pour affiner.</translation>
    </message>
    <message>
        <source>The best %L1 matches (%L2 ms).</source>
        <translation>Les %L1 meilleurs résultats (%L2 ms).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) (%1 ms).</source>
        <translation>
            <numerusform>%Ln article (%1 ms).</numerusform>
            <numerusform>%Ln articles (%1 ms).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::SourceActions</name>
    <message>
        <source>New &amp;Source…</source>
        <translation>Nouvelle &amp;source…</translation>
    </message>
    <message>
        <source>Add a source by its details (an article you do not have the text of)</source>
        <translation>Ajouter une source par ses références (un article dont vous n’avez pas le texte)</translation>
    </message>
    <message>
        <source>Edit Selected S&amp;ource…</source>
        <translation>Modifier la so&amp;urce sélectionnée…</translation>
    </message>
    <message>
        <source>Change the selected source&apos;s title, publisher, date or kind</source>
        <translation>Changer le titre, l’éditeur, la date ou le type de la source sélectionnée</translation>
    </message>
    <message>
        <source>Delete Selected Sou&amp;rce</source>
        <translation>Supp&amp;rimer la source sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected source with its text and its claims</source>
        <translation>Supprimer la source sélectionnée avec son texte et ses affirmations</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>Ajouter la source %1</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>Modifier la source %1</translation>
    </message>
    <message>
        <source>Delete source %1</source>
        <translation>Supprimer la source %1</translation>
    </message>
</context>
<context>
    <name>ds::gui::SourceDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 2025-11-18; ~ when approximate</source>
        <translation>2025, 2025-11 ou 2025-11-18 ; ~ si approximative</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>e.g. en, de, fr (unknown when empty)</source>
        <translation>p. ex. en, de, fr (vide : inconnue)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>É&amp;diteur</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>A&amp;uteur</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>P&amp;ublished</source>
        <translation>&amp;Publié</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>No text: attach it with File › Attach Article Text.</source>
        <translation>Pas de texte : joignez-le avec Fichier › Joindre le texte de l’article.</translation>
    </message>
    <message numerus="yes">
        <source>Text: %n characters (kept as is).</source>
        <translation>
            <numerusform>Texte : %n caractère (conservé tel quel).</numerusform>
            <numerusform>Texte : %n caractères (conservé tel quel).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…).</source>
        <translation>« %1 » n’est pas une adresse web (https://…).</translation>
    </message>
</context>
<context>
    <name>ds::gui::SourcePanel</name>
    <message>
        <source>Sources of the Figure</source>
        <translation>Sources du chiffre</translation>
    </message>
    <message>
        <source>Claims behind the selected figure</source>
        <translation>Affirmations derrière le chiffre choisi</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n’est ouvert.</translation>
    </message>
    <message>
        <source>Select a flow in the table, or a company, to see the sources behind its figure.</source>
        <translation>Choisissez un flux dans le tableau, ou une entreprise, pour voir les sources derrière son chiffre.</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>Contesté : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>undisputed</source>
        <translation>non contesté</translation>
    </message>
    <message>
        <source>Headline total of “%1”</source>
        <translation>Total annoncé de « %1 »</translation>
    </message>
    <message>
        <source>No source states a valuation, stake or total for %1. Select one of its flows in the table to see the sources behind it.</source>
        <translation>Aucune source n’indique de valorisation, de participation ou de total pour %1. Choisissez l’un de ses flux dans le tableau pour voir les sources derrière.</translation>
    </message>
    <message>
        <source>%1 · stake in %2</source>
        <translation>%1 · participation dans %2</translation>
    </message>
    <message>
        <source>%1 · total invested in %2</source>
        <translation>%1 · total investi dans %2</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>Citation copiée</translation>
    </message>
</context>
<context>
    <name>ds::gui::SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The sources cannot be read: %1</source>
        <translation>Impossible de lire les sources : %1</translation>
    </message>
</context>
<context>
    <name>ds::gui::SourcesModel</name>
    <message>
        <source>(untitled: %1)</source>
        <translation>(sans titre : %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Orphelines</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Relies on</source>
        <translation>S’appuie sur</translation>
    </message>
</context>
<context>
    <name>ds::gui::StakesDock</name>
    <message>
        <source>Pays</source>
        <translation>Paie</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Reçoit</translation>
    </message>
    <message>
        <source>US$ billions</source>
        <translation>milliards de dollars US</translation>
    </message>
    <message>
        <source>Company Stakes</source>
        <translation>Positions de l’entreprise</translation>
    </message>
    <message>
        <source>The stakes cannot be read: %1</source>
        <translation>Impossible de lire les participations : %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Positions of the company</source>
        <translation>Positions de l’entreprise</translation>
    </message>
    <message>
        <source>Positions by counterparty</source>
        <translation>Positions par contrepartie</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click a company (in the list, the table, the timeline or the network) to see what it pays and receives.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Cliquez sur une entreprise (dans la liste, le tableau, la chronologie ou le réseau) pour voir ce qu’elle paie et reçoit.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Reading %1 positions…</source>
        <translation>Lecture de %1 positions…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Out: %2 · In: %3 · Net: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sortant : %2 · Entrant : %3 · Net : %4</translation>
    </message>
    <message>
        <source>The %L1 largest of %L2 positions; the totals count them all.</source>
        <translation>Les %L1 plus grandes des %L2 positions ; les totaux les comptent toutes.</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>aucun montant</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (contesté)</translation>
    </message>
    <message>
        <source>%1 invests %2 in %3; %3 commits %4 back</source>
        <translation>%1 investit %2 dans %3 ; %3 s’engage à reverser %4</translation>
    </message>
    <message>
        <source>%1 invests %2 in %3; %3 commits to spend with %1 (no amount stated)</source>
        <translation>%1 investit %2 dans %3 ; %3 s’engage à dépenser chez %1 (montant non précisé)</translation>
    </message>
    <message>
        <source>: &lt;b&gt;%1×&lt;/b&gt; the investment comes back</source>
        <translation> : &lt;b&gt;%1 ×&lt;/b&gt; l’investissement revient</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Round trips&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Allers-retours&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>ds::gui::Startup</name>
    <message>
        <source>DealScope: explore who funds whom in the AI industry.</source>
        <translation>DealScope : découvrez qui finance qui dans l’industrie de l’IA.</translation>
    </message>
    <message>
        <source>Language of the interface (de, fr, zh_CN, en).</source>
        <translation>Langue de l’interface (de, fr, zh_CN, en).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and quit.</source>
        <translation>Enregistrer la fenêtre principale en PNG et quitter.</translation>
    </message>
    <message>
        <source>The DealScope file to open.</source>
        <translation>Le fichier DealScope à ouvrir.</translation>
    </message>
    <message>
        <source>Give at most one file to open.</source>
        <translation>Indiquez au plus un fichier à ouvrir.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Select this flow at start (e.g. for a screenshot).</source>
        <translation>Sélectionner ce flux au démarrage (par exemple pour une capture).</translation>
    </message>
    <message>
        <source>--select-flow needs a flow id.</source>
        <translation>--select-flow demande l’identifiant d’un flux.</translation>
    </message>
    <message>
        <source>The view to show first: table, timeline or network.</source>
        <translation>La vue à afficher d’abord : table, timeline ou network.</translation>
    </message>
    <message>
        <source>--view must be table, timeline or network.</source>
        <translation>--view doit valoir table, timeline ou network.</translation>
    </message>
    <message>
        <source>Focus this company at start and show its stakes.</source>
        <translation>Choisir cette entreprise au démarrage et afficher ses positions.</translation>
    </message>
    <message>
        <source>Import this article (or folder of articles) at start; one article opens for review. With --screenshot, the review is rendered.</source>
        <translation>Importer cet article (ou dossier d’articles) au démarrage ; un article s’ouvre pour vérification. Avec --screenshot, la vérification est rendue en image.</translation>
    </message>
</context>
<context>
    <name>ds::gui::TimelineChart</name>
    <message>
        <source>Committed capital, cumulative (US$ billions)</source>
        <translation>Capital engagé cumulé (milliards de $ US)</translation>
    </message>
    <message>
        <source>Other companies</source>
        <translation>Autres entreprises</translation>
    </message>
    <message numerus="yes">
        <source>%Ln flow(s) grouped by month: the darker a month, the more flows. Zoom in to see each flow.</source>
        <translation>
            <numerusform>%Ln flux regroupé par mois : plus un mois est foncé, plus il compte de flux. Zoomez pour voir chaque flux.</numerusform>
            <numerusform>%Ln flux regroupés par mois : plus un mois est foncé, plus il compte de flux. Zoomez pour voir chaque flux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ds::gui::TimelineView</name>
    <message>
        <source>Lanes by kind</source>
        <translation>Lignes par type</translation>
    </message>
    <message>
        <source>Lanes by payer</source>
        <translation>Lignes par payeur</translation>
    </message>
    <message>
        <source>Lanes by payee</source>
        <translation>Lignes par bénéficiaire</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>Lignes de la chronologie</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Cumulative committed capital</source>
        <translation>Capital engagé cumulé</translation>
    </message>
    <message>
        <source>Timeline mode</source>
        <translation>Mode de la chronologie</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show every flow again (Ctrl+0)</source>
        <translation>Afficher de nouveau tous les flux (Ctrl+0)</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · click a marker to select its flow</source>
        <translation>Molette : zoom · glisser : déplacer · cliquer un repère sélectionne son flux</translation>
    </message>
    <message>
        <source>Timeline from</source>
        <translation>Chronologie depuis</translation>
    </message>
    <message>
        <source>Timeline to</source>
        <translation>Chronologie jusqu’à</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Deal timeline</source>
        <translation>Chronologie des accords</translation>
    </message>
    <message>
        <source>Left and Right arrows: previous and next flow; Home, End: first and last; + and −: zoom</source>
        <translation>Flèches gauche et droite : flux précédent et suivant ; Début, Fin : premier et dernier ; + et − : zoom</translation>
    </message>
    <message>
        <source>%1 flows match: the cumulative chart adds up to %2 figures. Narrow it with a company, the Filter menu or the dates.</source>
        <translation>%1 flux correspondent : le graphique cumulé additionne au plus %2 montants. Restreignez-le par une entreprise, le menu Filtre ou les dates.</translation>
    </message>
    <message>
        <source>Reading %1 flows…</source>
        <translation>Lecture de %1 flux…</translation>
    </message>
    <message>
        <source>The timeline cannot be read: %1</source>
        <translation>Impossible de lire la chronologie : %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%Ln flow(s), %3 announced or completed&lt;br&gt;Click or zoom in to see each flow</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%Ln flux, dont %3 annoncé(s) ou conclu(s)&lt;br&gt;Cliquez ou zoomez pour voir chaque flux</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%Ln flux, dont %3 annoncé(s) ou conclu(s)&lt;br&gt;Cliquez ou zoomez pour voir chaque flux</numerusform>
        </translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>aucun montant</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (contesté)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3 · %4&lt;br&gt;%5 · %6 · %7&lt;br&gt;%n source(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3 · %4&lt;br&gt;%5 · %6 · %7&lt;br&gt;%n source</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3 · %4&lt;br&gt;%5 · %6 · %7&lt;br&gt;%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
</context>
<context>
    <name>ds::ingest</name>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation>%1 est trop volumineux (%2 Mo ; la limite est de %3 Mo).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data).</source>
        <translation>%1 n’est pas un fichier texte (il contient des données binaires).</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; the invalid bytes were replaced with �.</source>
        <translation>%1 n’est pas de l’UTF-8 valide ; les octets invalides ont été remplacés par �.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 n’est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 est trop volumineux.</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF: Poppler cannot read it.</source>
        <translation>%1 est un PDF endommagé : Poppler ne peut pas le lire.</translation>
    </message>
    <message>
        <source>%1 is protected with a password; DealScope cannot read its text. Open it in a PDF reader, save an unprotected copy and import that.</source>
        <translation>%1 est protégé par un mot de passe ; DealScope ne peut pas en lire le texte. Ouvrez-le dans un lecteur PDF, enregistrez une copie non protégée et importez-la.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no text to read (%n page(s) of images only: a scanned document?). Run it through text recognition (OCR) first.</source>
        <translation>
            <numerusform>%1 n’a aucun texte à lire (%n page d’images seulement : un document numérisé ?). Passez-le d’abord par une reconnaissance de texte (OCR).</numerusform>
            <numerusform>%1 n’a aucun texte à lire (%n pages d’images seulement : un document numérisé ?). Passez-le d’abord par une reconnaissance de texte (OCR).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds no web page: none of its %n part(s) is HTML.</source>
        <translation>
            <numerusform>%1 ne contient aucune page web : sa %n partie n’est pas du HTML.</numerusform>
            <numerusform>%1 ne contient aucune page web : aucune de ses %n parties n’est du HTML.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 declares the encoding “%2”, which DealScope cannot read; it was read as UTF-8.</source>
        <translation>%1 déclare l’encodage « %2 », que DealScope ne sait pas lire ; il a été lu en UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not a saved web page (MHTML): it has no MIME header.</source>
        <translation>%1 n’est pas une page web enregistrée (MHTML) : il n’a pas d’en-tête MIME.</translation>
    </message>
    <message>
        <source>%1 is not a saved web page: its content is %2.</source>
        <translation>%1 n’est pas une page web enregistrée : son contenu est %2.</translation>
    </message>
    <message>
        <source>%1 is a damaged saved web page: its parts have no boundary.</source>
        <translation>%1 est une page web enregistrée endommagée : ses parties n’ont pas de délimiteur.</translation>
    </message>
    <message>
        <source>The sentence’s wording says who pays whom.</source>
        <translation>La formulation de la phrase dit qui paie qui.</translation>
    </message>
    <message>
        <source>The wording does not say who pays: the customer is taken to pay the provider (compute, chips).</source>
        <translation>La formulation ne dit pas qui paie : le client est supposé payer le fournisseur (calcul, puces).</translation>
    </message>
    <message>
        <source>A party is named by description (“the ChatGPT maker”, “the cloud provider”) and was resolved.</source>
        <translation>Une partie est désignée par une description (« le créateur de ChatGPT », « le fournisseur cloud ») et a été résolue.</translation>
    </message>
    <message>
        <source>A party is “it”, “the company” or “the startup” of an earlier sentence.</source>
        <translation>Une partie est « il », « l’entreprise » ou « la start-up » d’une phrase précédente.</translation>
    </message>
    <message>
        <source>The parties come from an earlier figure of the article.</source>
        <translation>Les parties viennent d’un chiffre précédent de l’article.</translation>
    </message>
    <message>
        <source>The payer is the round’s lead investor.</source>
        <translation>Le payeur est l’investisseur principal du tour.</translation>
    </message>
    <message>
        <source>The same amount in another currency, in brackets.</source>
        <translation>Le même montant dans une autre devise, entre parenthèses.</translation>
    </message>
    <message>
        <source>One side is guessed: the company the article pairs with the other.</source>
        <translation>Un côté est deviné : l’entreprise que l’article associe à l’autre.</translation>
    </message>
    <message>
        <source>One side is guessed: the sentence’s other company, which nothing joins to the figure.</source>
        <translation>Un côté est deviné : l’autre entreprise de la phrase, que rien ne relie au chiffre.</translation>
    </message>
    <message>
        <source>The text does not say who pays.</source>
        <translation>Le texte ne dit pas qui paie.</translation>
    </message>
    <message>
        <source>The text does not say who is paid.</source>
        <translation>Le texte ne dit pas qui est payé.</translation>
    </message>
    <message>
        <source>A party is a name DealScope does not know: check it is a company.</source>
        <translation>Une partie est un nom que DealScope ne connaît pas : vérifiez qu’il s’agit d’une entreprise.</translation>
    </message>
    <message>
        <source>Not a payment between two parties.</source>
        <translation>Pas un paiement entre deux parties.</translation>
    </message>
    <message>
        <source>The amount has no number; read as at least two.</source>
        <translation>Le montant n’a pas de nombre ; lu comme au moins deux.</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Explicite</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Share price</source>
        <translation>Cours de l’action</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Capitalisation boursière</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Spending plan</source>
        <translation>Plan de dépenses</translation>
    </message>
</context>
<context>
    <name>ds::json</name>
    <message>
        <source>This is not a DealScope JSON document (&quot;format&quot; is not &quot;dealscope&quot;).</source>
        <translation>Ce n’est pas un document JSON DealScope (« format » n’est pas « dealscope »).</translation>
    </message>
    <message>
        <source>Unsupported DealScope JSON version %1 (this version reads 1 to %2).</source>
        <translation>Version JSON DealScope %1 non prise en charge (cette version lit de 1 à %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the company has no name.</source>
        <translation>l’entreprise n’a pas de nom.</translation>
    </message>
    <message>
        <source>unknown company kind “%1”.</source>
        <translation>type d’entreprise inconnu « %1 ».</translation>
    </message>
    <message>
        <source>the source has no id.</source>
        <translation>la source n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>invalid publication date “%1”.</source>
        <translation>date de publication invalide « %1 ».</translation>
    </message>
    <message>
        <source>cites the unknown source “%1”.</source>
        <translation>cite la source inconnue « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>« %1 » est manquant.</translation>
    </message>
    <message>
        <source>“%1” names the unknown company “%2”.</source>
        <translation>« %1 » désigne l’entreprise inconnue « %2 ».</translation>
    </message>
    <message>
        <source>the deal has no title.</source>
        <translation>l’accord n’a pas de titre.</translation>
    </message>
    <message>
        <source>unknown deal status “%1”.</source>
        <translation>statut d’accord inconnu « %1 ».</translation>
    </message>
    <message>
        <source>invalid date “%1”.</source>
        <translation>date invalide « %1 ».</translation>
    </message>
    <message>
        <source>the payer and the payee are the same company.</source>
        <translation>le payeur et le bénéficiaire sont la même entreprise.</translation>
    </message>
    <message>
        <source>unknown flow kind “%1”.</source>
        <translation>type de flux inconnu « %1 ».</translation>
    </message>
    <message>
        <source>the claim names the unknown source “%1”.</source>
        <translation>l’affirmation désigne la source inconnue « %1 ».</translation>
    </message>
    <message>
        <source>unknown claim attribute “%1”.</source>
        <translation>attribut d’affirmation inconnu « %1 ».</translation>
    </message>
    <message>
        <source>unknown qualifier “%1”.</source>
        <translation>qualificatif inconnu « %1 ».</translation>
    </message>
    <message>
        <source>the amount&apos;s minimum is above its maximum or negative.</source>
        <translation>le minimum du montant dépasse son maximum ou est négatif.</translation>
    </message>
    <message>
        <source>unknown stance or rank.</source>
        <translation>position ou rang inconnu.</translation>
    </message>
    <message>
        <source>a quote needs both its start and its end offset.</source>
        <translation>une citation demande une position de début et de fin.</translation>
    </message>
    <message>
        <source>the quote&apos;s offsets are invalid.</source>
        <translation>les positions de la citation sont invalides.</translation>
    </message>
    <message>
        <source>the quote&apos;s offsets do not span its text.</source>
        <translation>les positions de la citation ne couvrent pas son texte.</translation>
    </message>
    <message>
        <source>The JSON is malformed at byte %1: %2.</source>
        <translation>Le JSON est mal formé à l’octet %1 : %2.</translation>
    </message>
    <message>
        <source>The JSON document is not an object.</source>
        <translation>Le document JSON n’est pas un objet.</translation>
    </message>
    <message>
        <source>Headline total</source>
        <translation>Total annoncé</translation>
    </message>
    <message>
        <source>DISPUTED (%1)</source>
        <translation>CONTESTÉ (%1)</translation>
    </message>
    <message>
        <source>unknown stated status “%1”.</source>
        <translation>statut indiqué inconnu « %1 ».</translation>
    </message>
</context>
<context>
    <name>ds::sample</name>
    <message>
        <source>The sample dataset is missing from this build.</source>
        <translation>Le jeu de données d’exemple manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Impossible d’écrire la capture %1.</translation>
    </message>
    <message>
        <source>No company or alias &apos;%1&apos;.</source>
        <translation>Aucune entreprise ni alias « %1 ».</translation>
    </message>
</context>
</TS>
