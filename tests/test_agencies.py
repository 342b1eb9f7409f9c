"""Every built-in dialect on stories written in its agency's conventions.

Each story is detected without naming its dialect, and read back: the dateline's place, city,
region, date and agency; the headline's kicker; the terminator and the trailers.
"""

from __future__ import annotations

import datetime

import attrs
import pytest

import wireparse
from wireparse import dialects

REFERENCE = datetime.date(2026, 8, 20)


@attrs.frozen(kw_only=True)
class Case:
    """A story and what a parse must find in it."""

    dialect: str
    text: str
    location: str | None
    city: str | None
    region: str | None
    date_text: str | None
    date: datetime.date | None
    agency: str | None
    lead: str
    terminator: str | None = None
    kicker: str | None = None
    trailers: tuple[tuple[str, str], ...] = ()
    paragraphs: int = 2


def story(*blocks: str) -> str:
    """Join blocks with blank lines, as a scraped page prints them."""
    return "\n\n".join(blocks) + "\n"


CASES = [
    Case(
        dialect="xinhua",
        text=story(
            "Feature: Tea growers in Pu'er count on a wet spring",
            "PU'ER, Yunnan, April 3 (Xinhua) -- Growers in the hills expect a larger first"
            " picking this year.",
            "Prices at the county market rose by a fifth, traders said.  Enditem",
        ),
        location="PU'ER, Yunnan",
        city="PU'ER",
        region="Yunnan",
        date_text="April 3",
        date=datetime.date(2026, 4, 3),
        agency="Xinhua",
        lead="Growers in the hills",
        terminator="Enditem",
        kicker="Feature",
    ),
    Case(
        dialect="xinhua",
        text=story(
            "Kenya opens new grain silos",
            "NAIROBI, January 4 (Xinhua) -- Kenya opened two grain silos on Thursday.",
            "The silos hold 40,000 tonnes, the ministry said. Endtiem",
        ),
        location="NAIROBI",
        city="NAIROBI",
        region=None,
        date_text="January 4",
        date=datetime.date(2027, 1, 4),
        agency="Xinhua",
        lead="Kenya opened",
        terminator="Endtiem",
    ),
    Case(
        dialect="xinhua-es",
        text=story(
            "Egipto abre una nueva terminal de carga",
            "EL CAIRO, 30 jun (Xinhua) -- Egipto inauguró hoy una terminal de carga en el"
            " puerto de Alejandría.",
            "La terminal recibirá buques de gran calado, según el ministerio. Fin",
        ),
        location="EL CAIRO",
        city="EL CAIRO",
        region=None,
        date_text="30 jun",
        date=datetime.date(2026, 6, 30),
        agency="Xinhua",
        lead="Egipto inauguró",
        terminator="Fin",
    ),
    Case(
        dialect="xinhua-fr",
        text=story(
            "La Chine lance un satellite météorologique",
            "BEIJING, 28 décembre (Xinhua) -- La Chine a lancé samedi un satellite météorologique.",
            "Le satellite observera les nuages et les pluies, selon l'agence. Fin",
        ),
        location="BEIJING",
        city="BEIJING",
        region=None,
        date_text="28 décembre",
        date=datetime.date(2026, 12, 28),
        agency="Xinhua",
        lead="La Chine a lancé",
        terminator="Fin",
    ),
    Case(
        dialect="xinhua-ru",
        text=story(
            "В Пекине открылась выставка",
            "Пекин, 1 марта /Синьхуа/ -- В Пекине в субботу открылась выставка чая.",
            "Выставка продлится неделю. -0-",
        ),
        location="Пекин",
        city="Пекин",
        region=None,
        date_text="1 марта",
        date=datetime.date(2026, 3, 1),
        agency="Синьхуа",
        lead="В Пекине в субботу",
        terminator="-0-",
    ),
    Case(
        dialect="xinhua-zh",
        text=story(
            "北京花卉市场迎来客流高峰",
            "新华社北京８月１２日电（记者王明）北京花卉市场本周迎来客流高峰。",
            "市场负责人说，今年的销量比去年增长两成。（完）",
        ),
        location="北京",
        city="北京",
        region=None,
        date_text="８月１２日",
        date=datetime.date(2026, 8, 12),
        agency="新华社",
        lead="北京花卉市场",
        terminator="（完）",
    ),
    Case(
        dialect="xinhua-zh",
        text=story(
            "昆明茶叶出口增长",
            "新华社昆明八月十二日电 昆明今年茶叶出口增长两成。",
            "出口商说，价格也在上涨。（完）",
        ),
        location="昆明",
        city="昆明",
        region=None,
        date_text="八月十二日",
        date=datetime.date(2026, 8, 12),
        agency="新华社",
        lead="昆明今年",
        terminator="（完）",
    ),
    Case(
        dialect="xinhua-ar",
        text=story(
            "افتتاح معرض للكتاب في بكين",
            "بكين اول سبتمبر 2008 (شينخوا) افتتح معرض للكتاب في بكين اليوم.",
            "ويستمر المعرض أسبوعا.",
        ),
        location="بكين",
        city="بكين",
        region=None,
        date_text="اول سبتمبر 2008",
        date=datetime.date(2008, 9, 1),
        agency="شينخوا",
        lead="افتتح معرض",
    ),
    Case(
        dialect="reuters",
        text=story(
            "UPDATE 1-Copper climbs as Chilean mine strike drags on",
            "LIMA, Jan 21 (Reuters) - Copper prices rose on Wednesday as a strike at a large"
            " mine entered its second week.",
            "Stocks in warehouses fell for a fifth day.",
            "(Reporting by Ana Silva in Lima; Additional reporting by Tom Otieno\n"
            "in London; Editing by Jo Kent)",
        ),
        location="LIMA",
        city="LIMA",
        region=None,
        date_text="Jan 21",
        date=datetime.date(2027, 1, 21),
        agency="Reuters",
        lead="Copper prices rose",
        kicker="UPDATE 1",
        trailers=(
            (
                "credit",
                (
                    "(Reporting by Ana Silva in Lima; Additional reporting by Tom Otieno in"
                    " London; Editing by Jo Kent)"
                ),
            ),
        ),
    ),
    Case(
        dialect="reuters",
        text=story(
            "FACTBOX-What is known about the port closure",
            "Oct 22 (Reuters) - The port closed on Tuesday after a fire, officials said.",
            "It is expected to reopen next week.",
        ),
        location=None,
        city=None,
        region=None,
        date_text="Oct 22",
        date=datetime.date(2026, 10, 22),
        agency="Reuters",
        lead="The port closed",
        kicker="FACTBOX",
    ),
    Case(
        dialect="reuters-1987",
        text=(
            "GRAIN SHIPMENTS RISE\n\n"
            "    PORTLAND, Ore., Feb 26 - Grain shipments from the port rose\n"
            "in the week, the port said.\n"
            "    Wheat made up most of the total, it said.\n"
            " Reuter\n"
        ),
        location="PORTLAND, Ore.",
        city="PORTLAND",
        region="Ore.",
        date_text="Feb 26",
        date=datetime.date(2026, 2, 26),
        agency="Reuters",
        lead="Grain shipments",
        terminator="Reuter",
    ),
    Case(
        dialect="reuters-1987",
        text=(
            "AMARILLO HOGS UP 0.50 DLR - USDA\n\n"
            "    amarillo, april 7 - barrow and gilt prices rose 0.50 dlr\n"
            "in light trade, the usda said.\n"
            "    sows steady.\n"
            " Reuter\n"
        ),
        location="amarillo",
        city="amarillo",
        region=None,
        date_text="april 7",
        date=datetime.date(2026, 4, 7),
        agency="Reuters",
        lead="barrow and gilt",
        terminator="Reuter",
    ),
    Case(
        dialect="reuters-1987",
        text=(
            "REUTER MONEY NEWS HIGHLIGHTS 0900 GMT - MAY 4\n\n"
            "    OSLO - Norway's central bank left its deposit rate unchanged,\n"
            "dealers said.\n"
            "    The crown firmed slightly after the news.\n"
            " Reuter\n"
        ),
        location="OSLO",
        city="OSLO",
        region=None,
        date_text=None,
        date=None,
        agency="Reuters",
        lead="Norway's central bank",
        terminator="Reuter",
    ),
    Case(
        dialect="reuters-1987",
        text=(
            "INDIAN SATELLITE REACHES ORBIT\n\n"
            "    NEW DELHI, May 4 - India's new weather satellite reached its\n"
            "orbit, the Press Trust of India (PTI) said, citing the space agency.\n"
            "    A second launch is planned for next year.\n"
            " Reuter\n"
        ),
        location="NEW DELHI",
        city="NEW DELHI",
        region=None,
        date_text="May 4",
        date=datetime.date(2026, 5, 4),
        agency="Reuters",
        lead="India's new weather",
        terminator="Reuter",
    ),
    Case(
        dialect="ap",
        text=story(
            "Storm hits the Florida coast",
            "MIAMI (AP) _ A storm hit the Florida coast on Monday, forecasters said.",
            "Power was out for thousands of homes.",
            "END",
        ),
        location="MIAMI",
        city="MIAMI",
        region=None,
        date_text=None,
        date=None,
        agency="AP",
        lead="A storm hit",
        terminator="END",
    ),
    Case(
        dialect="ansa",
        text=story(
            "Italy's cabinet backs the budget",
            "(ANSA) - ROME, JUL 11 - The cabinet approved the budget on Thursday.",
            "The vote was unanimous, ministers said.",
        ),
        location="ROME",
        city="ROME",
        region=None,
        date_text="JUL 11",
        date=datetime.date(2026, 7, 11),
        agency="ANSA",
        lead="The cabinet approved",
    ),
    Case(
        dialect="ansa",
        text=story(
            "Approvato il bilancio",
            "(ANSA) - ROMA, 11 LUG - Il governo ha approvato il bilancio giovedì.",
            "Il voto era unanime, hanno detto i ministri.",
        ),
        location="ROMA",
        city="ROMA",
        region=None,
        date_text="11 LUG",
        date=datetime.date(2026, 7, 11),
        agency="ANSA",
        lead="Il governo",
    ),
    Case(
        dialect="ritzau",
        text=story(
            "Regn over Aarhus",
            "Aarhus, 3. juni (Ritzau) - Det regnede hele dagen i byen, oplyser politiet.",
            "Vejret bliver bedre i morgen. /ritzau/",
        ),
        location="Aarhus",
        city="Aarhus",
        region=None,
        date_text="3. juni",
        date=datetime.date(2026, 6, 3),
        agency="Ritzau",
        lead="Det regnede",
        terminator="/ritzau/",
    ),
    Case(
        dialect="ritzau",
        text=story(
            "Storm over Odense",
            "Odense (Ritzau) - En storm væltede træer i nat.",
            "Ingen kom til skade.",
            "/ritzau/",
        ),
        location="Odense",
        city="Odense",
        region=None,
        date_text=None,
        date=None,
        agency="Ritzau",
        lead="En storm",
        terminator="/ritzau/",
    ),
    Case(
        dialect="ap",
        text=story(
            "Lobster caught off Cape Cod weighs 20 pounds",
            "CHATHAM, Mass. (AP) _ A lobster weighing 20 pounds was caught off Cape Cod.",
            "The lobster was returned to the sea, the harbor master said.",
            "___",
            "Associated Press writer Maria Lopez in Boston contributed to this report.",
        ),
        location="CHATHAM, Mass.",
        city="CHATHAM",
        region="Mass.",
        date_text=None,
        date=None,
        agency="AP",
        lead="A lobster weighing",
        trailers=(
            ("rule", "___"),
            (
                "credit",
                "Associated Press writer Maria Lopez in Boston contributed to this report.",
            ),
        ),
    ),
    Case(
        dialect="ap",
        text=story(
            "Texas heat sets records",
            "AUSTIN, Texas (AP) \u2014 Temperatures in Austin set a record on Sunday.",
            "Power use also hit a record, the grid operator said.",
        ),
        location="AUSTIN, Texas",
        city="AUSTIN",
        region="Texas",
        date_text=None,
        date=None,
        agency="AP",
        lead="Temperatures in Austin",
    ),
    Case(
        dialect="afp",
        text=story(
            "Swedish central bank holds rates",
            "STOCKHOLM, Aug 29, 2014 (AFP) - Sweden's central bank held its main rate on Friday.",
            "The bank said inflation remained low.",
            "hh/ph/ts/hd",
        ),
        location="STOCKHOLM",
        city="STOCKHOLM",
        region=None,
        date_text="Aug 29, 2014",
        date=datetime.date(2014, 8, 29),
        agency="AFP",
        lead="Sweden's central bank",
        trailers=(("initials", "hh/ph/ts/hd"),),
    ),
    Case(
        dialect="afp",
        text=story(
            "South Korea raises rates",
            "SEOUL, Nov 26 AFP - South Korea's central bank raised its main rate on Thursday.",
            "The won firmed after the decision.",
            "AFP/jm",
        ),
        location="SEOUL",
        city="SEOUL",
        region=None,
        date_text="Nov 26",
        date=datetime.date(2026, 11, 26),
        agency="AFP",
        lead="South Korea's central",
        trailers=(("initials", "AFP/jm"),),
    ),
    Case(
        dialect="afp",
        text=story(
            "Lima port reopens",
            "LIMA, Aug 21 (AFP) - The port of Lima reopened on Monday after a strike.",
            "Dockers returned to work at dawn.",
            "jm/dw",
        ),
        location="LIMA",
        city="LIMA",
        region=None,
        date_text="Aug 21",
        date=datetime.date(2026, 8, 21),
        agency="AFP",
        lead="The port of Lima",
        trailers=(("initials", "jm/dw"),),
    ),
    Case(
        dialect="afp-zh",
        text=story(
            "香港股市收高",
            "法新社香港九月三十日电 香港股市今天收高，投资人看好前景。",
            "恒生指数上涨百分之一。",
        ),
        location="香港",
        city="香港",
        region=None,
        date_text="九月三十日",
        date=datetime.date(2026, 9, 30),
        agency="法新社",
        lead="香港股市今天",
    ),
    Case(
        dialect="afp-zh",
        text=story(
            "巴黎举行书展",
            "10/01/26 02:13:01 法新社巴黎十月一日电 巴黎书展今天开幕。",
            "书展将持续一周。",
        ),
        location="巴黎",
        city="巴黎",
        region=None,
        date_text="十月一日",
        date=datetime.date(2026, 10, 1),
        agency="法新社",
        lead="巴黎书展",
    ),
    Case(
        dialect="upi",
        text=story(
            "Holiday travel expected to set record",
            "Nov. 28 (UPI) -- More travelers than ever are expected on the roads this weekend.",
            "Airports also expect record crowds.",
        ),
        location=None,
        city=None,
        region=None,
        date_text="Nov. 28",
        date=datetime.date(2026, 11, 28),
        agency="UPI",
        lead="More travelers",
    ),
    Case(
        dialect="nyt",
        text=(
            "SENATE DELAYS VOTE ON BUDGET\n\n"
            "   WASHINGTON _ The Senate put off a vote on the budget on Monday, leaders\n"
            "said.\n"
            "   The vote is now expected next week.\n"
        ),
        location="WASHINGTON",
        city="WASHINGTON",
        region=None,
        date_text=None,
        date=None,
        agency=None,
        lead="The Senate put off",
    ),
    Case(
        dialect="nyt",
        text=(
            "STORMS CROSS THE CAROLINAS\n\n"
            "   Andrews, N.C. _ Storms crossed the Carolinas on Tuesday, forecasters\n"
            "said.\n"
            "   More rain is due on Thursday.\n"
        ),
        location="Andrews, N.C.",
        city="Andrews",
        region="N.C.",
        date_text=None,
        date=None,
        agency=None,
        lead="Storms crossed",
    ),
    Case(
        dialect="nyt",
        text=(
            "PORT CITY WEIGHS NEW FERRY ROUTE\n\n"
            "TACOMA - The port is weighing a ferry route to the islands, its\n"
            "director said Tuesday.\n\n"
            "A vote is expected next month.\n"
        ),
        location="TACOMA",
        city="TACOMA",
        region=None,
        date_text=None,
        date=None,
        agency=None,
        lead="The port is weighing",
    ),
    Case(
        dialect="nyt",
        text=(
            "DROUGHT GRIPS THREE STATES\n\n"
            "(UNDATED) _ From Kansas to Texas, farmers watched their wheat wither under a\n"
            "cloudless sky this week.\n\n"
            "Rain is not expected before October.\n"
        ),
        location=None,
        city=None,
        region=None,
        date_text=None,
        date=None,
        agency=None,
        lead="From Kansas to Texas",
    ),
    Case(
        dialect="tass",
        text=story(
            "Russia, Kazakhstan sign rail deal",
            "MOSCOW, October 4. /TASS/. Russia and Kazakhstan signed a rail freight deal on"
            " Friday.",
            "The deal covers grain and coal.",
        ),
        location="MOSCOW",
        city="MOSCOW",
        region=None,
        date_text="October 4",
        date=datetime.date(2026, 10, 4),
        agency="TASS",
        lead="Russia and Kazakhstan",
    ),
    Case(
        dialect="tass-ru",
        text=story(
            "В Вашингтоне прошли переговоры",
            "ВАШИНГТОН, 22 января. /ТАСС/. В Вашингтоне в среду прошли переговоры.",
            "Стороны договорились встретиться снова.",
        ),
        location="ВАШИНГТОН",
        city="ВАШИНГТОН",
        region=None,
        date_text="22 января",
        date=datetime.date(2027, 1, 22),
        agency="ТАСС",
        lead="В Вашингтоне в среду",
    ),
    Case(
        dialect="interfax",
        text=story(
            "Grain exports up in March",
            "MOSCOW. April 2 (Interfax) - Russian grain exports rose in March, traders said.",
            "Wheat made up most of the total.",
        ),
        location="MOSCOW",
        city="MOSCOW",
        region=None,
        date_text="April 2",
        date=datetime.date(2026, 4, 2),
        agency="Interfax",
        lead="Russian grain exports",
    ),
    Case(
        dialect="pti",
        text=story(
            "Gujarat signs solar power deals",
            "Ahmedabad/New Delhi, Jan 22 (PTI) The Gujarat government signed three solar"
            " power deals on Thursday.",
            "The plants will be built in Kutch.",
        ),
        location="Ahmedabad/New Delhi",
        city="Ahmedabad/New Delhi",
        region=None,
        date_text="Jan 22",
        date=datetime.date(2027, 1, 22),
        agency="PTI",
        lead="The Gujarat government",
    ),
    Case(
        dialect="ians",
        text=story(
            "Rains lash Mumbai",
            "New Delhi, July 26 (IANS) Hours after the monsoon reached the city, trains were"
            " halted.",
            "More rain is expected on Sunday.",
            "--IANS",
            "ms/vd",
        ),
        location="New Delhi",
        city="New Delhi",
        region=None,
        date_text="July 26",
        date=datetime.date(2026, 7, 26),
        agency="IANS",
        lead="Hours after the monsoon",
        terminator="--IANS",
        trailers=(("initials", "ms/vd"),),
    ),
    Case(
        dialect="ani",
        text=story(
            "Syria reopens border crossing",
            "Damascus [Syria], June 9 (ANI): Syria reopened a border crossing on Monday.",
            "Trucks began crossing in the afternoon.",
        ),
        location="Damascus [Syria]",
        city="Damascus",
        region="Syria",
        date_text="June 9",
        date=datetime.date(2026, 6, 9),
        agency="ANI",
        lead="Syria reopened",
    ),
    Case(
        dialect="yonhap",
        text=story(
            "(LEAD) S. Korea's exports rise for third month",
            "SEOUL, Oct. 12 (Yonhap) -- South Korea's exports rose for a third month in"
            " September, data showed Monday.",
            "Chip exports led the gain.",
            "newsdesk@example.co.kr",
            "(END)",
        ),
        location="SEOUL",
        city="SEOUL",
        region=None,
        date_text="Oct. 12",
        date=datetime.date(2026, 10, 12),
        agency="Yonhap",
        lead="South Korea's exports",
        terminator="(END)",
        kicker="LEAD",
        trailers=(("contact", "newsdesk@example.co.kr"),),
    ),
    Case(
        dialect="yonhap",
        text=story(
            "(2nd LD) N. Korea fires missile into East Sea",
            "SEOUL, Oct. 13 (Yonhap) -- North Korea fired a missile on Tuesday, the military said.",
            "The launch was the third this month. (END)",
        ),
        location="SEOUL",
        city="SEOUL",
        region=None,
        date_text="Oct. 13",
        date=datetime.date(2026, 10, 13),
        agency="Yonhap",
        lead="North Korea fired",
        terminator="(END)",
        kicker="2nd LD",
    ),
    Case(
        dialect="kyodo",
        text=story(
            "Japan's core inflation eases",
            "TOKYO (Kyodo) -- Japan's core consumer prices rose at a slower pace in July.",
            "Energy prices fell for the month.",
            "==Kyodo",
        ),
        location="TOKYO",
        city="TOKYO",
        region=None,
        date_text=None,
        date=None,
        agency="Kyodo",
        lead="Japan's core consumer",
        terminator="==Kyodo",
    ),
    Case(
        dialect="kyodo",
        text=story(
            "Typhoon nears Okinawa",
            "NAHA, Aug. 29 Kyodo - A typhoon neared Okinawa on Friday, forecasters said.",
            "Flights were cancelled.",
            "==Kyodo",
        ),
        location="NAHA",
        city="NAHA",
        region=None,
        date_text="Aug. 29",
        date=datetime.date(2026, 8, 29),
        agency="Kyodo",
        lead="A typhoon neared",
        terminator="==Kyodo",
    ),
    Case(
        dialect="jiji",
        text=story(
            "Japan, South Korea to hold talks",
            "Seoul, January 24 (Jiji Press) -- Japan and South Korea will hold talks next week.",
            "The talks will cover trade.",
        ),
        location="Seoul",
        city="Seoul",
        region=None,
        date_text="January 24",
        date=datetime.date(2027, 1, 24),
        agency="Jiji Press",
        lead="Japan and South Korea",
    ),
    Case(
        dialect="cna",
        text=story(
            "Island ferry service to resume",
            "Taipei, Jan. 1 (CNA) 01/01/27 16:21:22 (By Jo Lin)",
            "Ferries to the outlying islands will sail again on Monday, the port office said.",
            "The service stopped in a storm last week.",
        ),
        location="Taipei",
        city="Taipei",
        region=None,
        date_text="Jan. 1",
        date=datetime.date(2027, 1, 1),
        agency="CNA",
        lead="Ferries to the outlying islands",
    ),
    Case(
        dialect="dpa",
        text=story(
            "German factory orders fall",
            "Berlin (dpa) - German factory orders fell in June, the statistics office said.",
            "Orders from abroad fell most.",
            "dpa wsz jln npr",
        ),
        location="Berlin",
        city="Berlin",
        region=None,
        date_text=None,
        date=None,
        agency="dpa",
        lead="German factory orders",
        trailers=(("initials", "dpa wsz jln npr"),),
    ),
    Case(
        dialect="ats",
        text=story(
            "Le Léman atteint un niveau record",
            "Genève (ats) Le niveau du lac a atteint mardi son plus haut depuis 1999.",
            "Les quais ont été fermés au public.",
            "(ATS/cm)",
        ),
        location="Genève",
        city="Genève",
        region=None,
        date_text=None,
        date=None,
        agency="ats",
        lead="Le niveau du lac",
        trailers=(("initials", "(ATS/cm)"),),
    ),
    Case(
        dialect="efe",
        text=story(
            "Honduras declares emergency over drought",
            "Tegucigalpa, Jan 2 (EFE).- Honduras declared an emergency over the drought on Friday.",
            "Farmers have lost most of the harvest.",
        ),
        location="Tegucigalpa",
        city="Tegucigalpa",
        region=None,
        date_text="Jan 2",
        date=datetime.date(2027, 1, 2),
        agency="EFE",
        lead="Honduras declared",
    ),
    Case(
        dialect="pa",
        text=story(
            "Rail strike called off",
            "LONDON (PA) - A rail strike planned for next week was called off on Tuesday.",
            "Talks will resume on Friday.",
            "ends",
        ),
        location="LONDON",
        city="LONDON",
        region=None,
        date_text=None,
        date=None,
        agency="PA",
        lead="A rail strike",
        terminator="ends",
    ),
    Case(
        dialect="prensa-latina",
        text=story(
            "Cuba and Vietnam sign rice deal",
            "Washington, Aug 24 (Prensa Latina) President of the council said on Monday the"
            " talks went well.",
            "A new round is planned.",
        ),
        location="Washington",
        city="Washington",
        region=None,
        date_text="Aug 24",
        date=datetime.date(2026, 8, 24),
        agency="Prensa Latina",
        lead="President of the council",
    ),
    Case(
        dialect="bernama",
        text=story(
            "Melaka tourist arrivals up",
            "MELAKA, 13 Jan (Bernama) -- Tourist arrivals in Melaka rose last year, the state"
            " said.",
            "Most visitors came from Singapore.",
            "-- BERNAMA",
        ),
        location="MELAKA",
        city="MELAKA",
        region=None,
        date_text="13 Jan",
        date=datetime.date(2027, 1, 13),
        agency="Bernama",
        lead="Tourist arrivals",
        terminator="-- BERNAMA",
    ),
    Case(
        dialect="antara",
        text=story(
            "Jakarta prepares for New Year crowds",
            "Jakarta, Dec 31, 2016 (Antara) - Jakarta police deployed extra officers on Saturday.",
            "Roads in the centre will be closed.",
        ),
        location="Jakarta",
        city="Jakarta",
        region=None,
        date_text="Dec 31, 2016",
        date=datetime.date(2016, 12, 31),
        agency="Antara",
        lead="Jakarta police",
    ),
    Case(
        dialect="kuna",
        text=story(
            "Kuwait oil price rises",
            "KUWAIT, Nov 1 (KUNA) -- The price of Kuwaiti oil rose on Friday, the oil"
            " corporation said.",
            "Brent crude also rose.",
            "(end)",
            "mb.gb",
        ),
        location="KUWAIT",
        city="KUWAIT",
        region=None,
        date_text="Nov 1",
        date=datetime.date(2026, 11, 1),
        agency="KUNA",
        lead="The price of Kuwaiti oil",
        terminator="(end)",
        trailers=(("initials", "mb.gb"),),
    ),
    Case(
        dialect="spa",
        text=story(
            "Saudi Arabia launches water project",
            "Riyadh, February 14, 2023, SPA -- The ministry launched a water project on Tuesday.",
            "The project will serve three cities.",
        ),
        location="Riyadh",
        city="Riyadh",
        region=None,
        date_text="February 14, 2023",
        date=datetime.date(2023, 2, 14),
        agency="SPA",
        lead="The ministry launched",
    ),
    Case(
        dialect="wam",
        text=story(
            "UAE opens new port terminal",
            "ABU DHABI, 8th August, 2026 (WAM) -- A new container terminal opened on Saturday.",
            "The terminal doubles the port's capacity.",
        ),
        location="ABU DHABI",
        city="ABU DHABI",
        region=None,
        date_text="8th August, 2026",
        date=datetime.date(2026, 8, 8),
        agency="WAM",
        lead="A new container terminal",
    ),
    Case(
        dialect="aap",
        text=(
            "ZCZC\n\nFlood warning for Brisbane River\n\n"
            "BRISBANE, Oct 12 AAP - A flood warning was issued for the Brisbane River on"
            " Sunday.\n\nResidents were told to prepare.\n\nNNNN\n"
        ),
        location="BRISBANE",
        city="BRISBANE",
        region=None,
        date_text="Oct 12",
        date=datetime.date(2026, 10, 12),
        agency="AAP",
        lead="A flood warning",
        trailers=(("end-of-message", "NNNN"),),
    ),
    Case(
        dialect="aap",
        text=story(
            "Heat wave grips Adelaide",
            "ADELAIDE, Aug 9 AAP - Temperatures passed 30 degrees in Adelaide on Friday.",
            "Fire bans were declared across the state.",
            "AAP gfr",
        ),
        location="ADELAIDE",
        city="ADELAIDE",
        region=None,
        date_text="Aug 9",
        date=datetime.date(2026, 8, 9),
        agency="AAP",
        lead="Temperatures passed",
        trailers=(("initials", "AAP gfr"),),
    ),
]


def case_id(case: Case) -> str:
    """Name a case by its dialect and its dateline's first characters."""
    return f"{case.dialect}-{case.lead[:12]}"


class TestAgencies:
    @pytest.mark.parametrize("case", CASES, ids=case_id)
    def test_detected(self, case: Case) -> None:
        """Without dialect=, the story's dialect is detected and named on the article."""
        article = wireparse.parse(case.text, reference_date=REFERENCE)
        assert article.dialect == case.dialect

    @pytest.mark.parametrize("case", CASES, ids=case_id)
    def test_dateline(self, case: Case) -> None:
        """The dateline's place, city, region, date and agency are read."""
        dateline = wireparse.parse(case.text, reference_date=REFERENCE).dateline
        assert dateline is not None
        assert (
            dateline.location,
            dateline.city,
            dateline.region,
            dateline.date_text,
            dateline.date,
            dateline.agency,
        ) == (case.location, case.city, case.region, case.date_text, case.date, case.agency)
        assert case.text[slice(*dateline.span)] == dateline.text

    @pytest.mark.parametrize("case", CASES, ids=case_id)
    def test_body(self, case: Case) -> None:
        """The lead follows the dateline; the story has its paragraphs and no defect."""
        article = wireparse.parse(case.text, reference_date=REFERENCE)
        assert article.paragraphs[0].text.startswith(case.lead)
        assert len(article.paragraphs) == case.paragraphs
        assert article.defects == ()

    @pytest.mark.parametrize("case", CASES, ids=case_id)
    def test_ending(self, case: Case) -> None:
        """The terminator and the trailers are read, none of them left in a paragraph."""
        article = wireparse.parse(case.text, reference_date=REFERENCE)
        terminator = article.terminator
        assert (terminator and terminator.text) == case.terminator
        assert tuple((t.kind, t.text) for t in article.trailers) == case.trailers
        last = article.paragraphs[-1].text
        assert case.terminator is None or case.terminator not in last

    @pytest.mark.parametrize("case", CASES, ids=case_id)
    def test_kicker(self, case: Case) -> None:
        """The headline's kicker or tag is split off."""
        headline = wireparse.parse(case.text, reference_date=REFERENCE).headline
        assert headline is not None
        assert headline.kicker == case.kicker

    @pytest.mark.parametrize("case", CASES, ids=case_id)
    def test_named_dialect(self, case: Case) -> None:
        """Naming the dialect gives the same article as detecting it."""
        detected = wireparse.parse(case.text, reference_date=REFERENCE)
        named = wireparse.parse(case.text, reference_date=REFERENCE, dialect=case.dialect)
        assert named == detected

    def test_take_marker(self) -> None:
        """A take marker ending the headline is split off the title."""
        text = story(
            "(LEAD) Exports rise for third month (2)",
            "SEOUL, Oct. 12 (Yonhap) -- Chip exports led the gain.",
            "(END)",
        )
        headline = wireparse.parse(text).headline
        assert headline is not None
        assert (headline.kicker, headline.title, headline.take) == (
            "LEAD",
            "Exports rise for third month",
            "2",
        )

    def test_every_dialect_has_a_story(self) -> None:
        """Every built-in dialect is exercised by a story above."""
        assert {c.dialect for c in CASES} == {d.name for d in dialects.BUILT_IN}


def test_prose_before_the_wire_underscore_is_no_dateline() -> None:
    """ "The SLORC _ State Law ..." opens a sentence, not a dateline, in a story without one."""
    text = (
        "JUNTA TALKS RESUME\n\n"
        "   Talks between the junta and the opposition resumed on Monday in\n"
        "Rangoon.\n"
        "   The SLORC _ State Law and Order Restoration Council _ said it would\n"
        "attend.\n"
    )
    article = wireparse.parse(text, dialect="nyt")
    assert article.dateline is None
    assert [p.text[:9] for p in article.paragraphs] == ["Talks bet", "The SLORC"]


@pytest.mark.parametrize(
    ("line", "dateline", "location", "lead"),
    [
        ("COLUMBUS, Ohio--John Glenn spoke at noon.", "COLUMBUS, Ohio--", "COLUMBUS, Ohio", "John"),
        ("ATLANTA --If the rain holds, the game is on.", "ATLANTA --", "ATLANTA", "If the"),
        (
            "WILKES-BARRE, Pa.\u2014The mayor spoke.",
            "WILKES-BARRE, Pa.\u2014",
            "WILKES-BARRE, Pa.",
            "The",
        ),
        ('BOSTON--"We won," the coach said.', "BOSTON--", "BOSTON", '"We won'),
    ],
)
def test_separator_without_spaces(line: str, dateline: str, location: str, lead: str) -> None:
    """A double hyphen or an em dash may touch the place and the lead, as American papers
    print them; the dialect is told from it."""
    text = story("Rain delays the vote", line, "The vote is set for Monday.")
    article = wireparse.parse(text)
    assert article.dialect == "nyt"
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.location) == (dateline, location)
    assert article.paragraphs[0].text.startswith(lead)


@pytest.mark.parametrize(
    "line",
    [
        "The Ohio-based firm said it would hire.",  # a hyphen in a word
        "SALES--not profits--rose in the spring.",  # dashes in a sentence, no capital after
        "Mid-ATLANTIC-WIDE weather rules the week.",
    ],
)
def test_glued_dash_in_prose_is_no_dateline(line: str) -> None:
    """A dash inside a sentence, or a hyphen inside a word, makes no dateline."""
    text = story("Rain delays the vote", line, "The vote is set for Monday.")
    assert wireparse.parse(text, dialect="nyt").dateline is None


def test_glued_dashes_on_a_long_line() -> None:
    """A long line of glued dashes is read whole, without a dateline."""
    text = story("Rain", "ATLANTA--" * 20_000, "More.")
    article = wireparse.parse(text, dialect="nyt")
    assert article.dateline is None  # a lead in capitals only is no lead
    assert article.paragraphs[0].text == "ATLANTA--" * 20_000
