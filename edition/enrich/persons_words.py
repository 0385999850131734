"""Word lists for the persons rules, each written as one string of words (easy to extend)."""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


# Titles kept inside the tag: "Tsar Alexander II", "Comrade Stalin", "General Kornilov".
TITLES = _words(
    "Tsar Czar Tsarina Tsarevich Emperor Empress Kaiser Comrade General Admiral Colonel Captain "
    "Lieutenant Marshal President Premier Chairman Commissar Professor Prince Princess Count "
    "Countess Baron Archduke Father Rabbi Sir Lord Lady Dr Dr. Mr Mr. Mrs Mrs. Madame Mme "
    "Monsieur Citizen Uncle Aunt"
)

# A name followed by one of these names a thing, not a person: "Lenin Prize", "Trotsky Museum".
THING_AFTER = frozenset(
    _words(
        "Archive Archives Army Avenue Battalion Books Bridge Brigade Camp Canal Cathedral Clinic "
        "Club Collection Commission Committee Congress Corps Division Doctrine Enrollment Era Era, "
        "Factory Family Forest Fortress Foundation Fund Gate Guard Hospital Hotel House Institute "
        "Internet Legion Levy Library Line Mausoleum Memorial Museum Pact Palace Papers Peak Plan "
        "Plant Press Prison Prize Prospect Prospects Prospekt Publishers Regiment Reserve School "
        "Society Square Station Steppe Street Tower University Works era family "
        "Gazette Times Herald Journal Review News Post Tribune Chronicle Courier Avenida Calle "
        "Rue Via Strasse Plaza Piazza Boulevard Road Church Mosque Temple Abbey Church College "
        "Company Party Union League Movement Agency Bank Airport Stadium Theatre Theater "
        "Calendar Dynasty Empire Republic Kingdom Revolution War Treaty Code Law Act Gospel "
        "Award Medal Trophy Cup Lecture Lectures Hall Centre Center Affair Syndrome Effect"
    )
)

# Given names that start a full name we may propose as a new person ("Lillian Pollak").
GIVEN_NAMES = frozenset(
    _words(
        "Aaron Abraham Adam Adolf Adolph Afanasi Albert Aleksandr Aleksandra Aleksei Alexander "
        "Alexandra Alexei Alexey Alfred Alice Alois Anastasia Anatoli Anatoly Andre Andrei Andrew "
        "Andrey André Angela Angelica Anna Anne Anton Antonina Antonio Arkady Arthur Artur August "
        "Bela Benito Bernard Bertram Bertrand Boris Béla Carl Catherine Chaim Charles Christian "
        "Christopher Clara Clare Claude Cyril Daniel David Denis Diego Dimitri Dmitri Dmitrii "
        "Dmitry Dora Dwight Edmund Eduard Edward Eleanor Elena Elizabeth Emil Emile Emma Emmanuel "
        "Erich Erik Ernest Ernst Esteban Eugene Evgeni Evgenia Evgeny Fanya Fedor Feliks Felix "
        "Ferdinand Fernand Fitzroy Francis Francisco Frank Franz Frida Friedrich Fritz Fyodor "
        "Gabriel Genrikh Georg George Georges Georgi Georgii Georgy Gerhard Gertrude Gregory "
        "Grigori Grigorii Grigory Gus Hans Harold Harry Heinrich Helen Helena Henri Henry Herbert "
        "Herman Hermann Hugo Ian Ignace Ignaz Igor Ilya Irakli Irina Irving Isaac Isai Israel Ivan "
        "Ivar Jacob Jacques Jakob James Jan Jean Jeremy Joachim Johan Johann John Jonas Josef "
        "Joseph Joshua Julius Józef Karl Kasimir Katerina Klara Klim Kliment Konrad Konstantin Kurt "
        "Larisa Lavrenty Lazar Lazaro Leo Leon Leonard Leonid Leopold Lev Lillian Lionel Louis "
        "Louise Lucien Ludwig Lydia Lázaro Marc Marcel Maria Marie Marina Mark Martin Mary Matvei "
        "Maurice Max Maxim Maximilian Mendel Michael Michel Mike Mikhail Milovan Moisei Monique "
        "Moritz Moses Nadezhda Nahum Natalia Natalya Nestor Nicholas Nicolas Nikita Nikolai Nikolay "
        "Nina Noi Oleg Olga Oskar Otto Pablo Pascal Paul Pavel Pavlo Peter Philip Philipp Piero "
        "Pierre Piotr Pyotr Rachel Ramon Ramón Raphael Raymond Richard Robert Romain Roman Rosa "
        "Rosalind Rudolf Rudolph Samuel Saul Semen Semyon Sergei Sergey Sergi Sergo Sidney Simon "
        "Simone Solomon Stanislav Stepan Susan Sylvia Theodor Theodore Thomas Timofei Tony Trygve "
        "Valerian Vasili Vasily Vera Victor Viktor Vladimir Vsevolod Vyacheslav Walter Wilhelm "
        "William Winston Yakov Yan Yefim Yelizaveta Yevgeni Yevgeny Yuri Yury Zinaida"
    )
)

# Capitalised words that end a "Given Surname" guess: never part of a person's name.
NOT_SURNAMES = frozenset(
    _words(
        "Inc Ltd Co Corporation Government A America American An And April Archive Army As At August Avenue Award Bolshevik "
        "Bolsheviks Books Bridge But By Cathedral Church Committee Communist Communists Congress "
        "Day December Democratic Europe European February Fleet For Fortress Foundation Friday From "
        "German Germany Her His I II III In Institute Island Islands Its January Jewish Jews July "
        "June Kremlin Lake Lenin Library March Marxist Marxists May Menshevik Mensheviks Mexico "
        "Monday Moscow Mountains Museum Navy Nor November October Of On Or Palace Party Petrograd "
        "Press Prize Prospekt Regiment Revolution River Russia Russian Russians Saturday School Sea "
        "September Social Socialist Socialists Soviet Soviets Square Stalin Station Street Sunday "
        "The Their Thursday To Trotsky Tuesday University Wednesday With"
    )
)

# Kinship words: a given name right after one is a person ("his sister Olga").
KIN = _words(
    "sister brother son daughter wife husband mother father uncle aunt cousin nephew niece "
    "grandson granddaughter grandfather grandmother"
)
