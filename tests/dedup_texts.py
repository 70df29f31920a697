"""Synthetic news pages for the duplicate tests (written for these tests; no real article text)."""

from __future__ import annotations

SOLAR_PARAGRAPHS = [
    "The southern port city of Haewon switched on a floating solar farm on its main reservoir on Tuesday, "
    "becoming the first municipality in the province to generate power from panels placed on drinking water.",
    "The 42-megawatt plant covers about a fifth of the reservoir's surface and is expected to supply electricity "
    "to roughly 18,000 households a year, the city government said in a statement.",
    "Officials said the panels would also reduce evaporation during the dry summer months, when the reservoir "
    "has in recent years fallen to less than half of its capacity.",
    "Environmental groups had raised concerns about the effect of shading on fish and algae, but a two-year "
    "study commissioned by the city found no measurable change in water quality near a smaller test array.",
    "The project cost 61 billion won and was financed jointly by the city, a state-run power company and a "
    "cooperative of local residents who will receive a share of the revenue.",
    "Mayor Park Eun-ji told reporters that the city plans to add two more floating arrays by 2028 and hopes to "
    "cover a third of its public buildings' electricity use with renewable sources.",
]
SOLAR_LEAD_EXTRA = [
    "In a ceremony attended by the industry minister, the city also signed an agreement with two universities "
    "to monitor the reservoir's ecosystem for the next ten years and publish the data every quarter.",
]
SOLAR_2ND_LD_EXTRA = [
    "Residents living near the reservoir said they welcomed the cheaper electricity but asked the city to keep "
    "the walking trails along the eastern shore open during the remaining construction work.",
    "The industry ministry said on the same day that it would review similar proposals from four other cities "
    "and announce a decision on subsidies for floating solar projects before the end of the year.",
]
# Another story on the same topic: shares words and the subject, not five-word runs.
SOLAR_OTHER = [
    "A county council in the northern highlands approved a plan on Wednesday to build a ground-mounted solar "
    "park beside the new expressway, despite objections from farmers who lease the land.",
    "Under the plan, 30 hectares of fallow fields will hold panels producing about 25 megawatts, which the "
    "county says is enough for every school and clinic in the district.",
    "Farmers' representatives argued that the lease terms were too short and that the access roads would cut "
    "through irrigation channels used by rice growers downstream.",
    "The council said construction would start in the spring after a final hearing and that a fund financed by "
    "the operator would pay for repairs to any damaged channels.",
]
FERRY_PARAGRAPHS = [
    "A passenger ferry carrying 212 people ran aground off the western island of Sonmi early on Friday, and all "
    "passengers were safely transferred to coast guard vessels within three hours, officials said.",
    "The coast guard said the ferry struck a sandbank in heavy fog shortly after leaving port, and that no "
    "injuries had been reported among the passengers or the eleven crew members.",
    "Investigators will examine whether the ship's navigation equipment was working properly and whether the "
    "captain followed the route approved for low-visibility conditions.",
    "The operator suspended the route for the weekend and said it would refund tickets for all cancelled "
    "sailings, while a salvage team waited for the tide to refloat the vessel.",
]


def wire_page(headline: str, paragraphs: list[str], place: str = "HAEWON", date: str = "May 7") -> str:
    """A raw scraped page the way the wire prints it: headline, dateline, paragraphs, footer."""
    body = [f"{place}, {date} (Yonhap) -- {paragraphs[0]}", *paragraphs[1:]]
    return "\n".join([headline, *body, "(END)", ""])


def solar_original() -> str:
    return wire_page("Port city opens floating solar farm on drinking water reservoir", SOLAR_PARAGRAPHS)


def solar_lead() -> str:
    paras = SOLAR_PARAGRAPHS[:4] + SOLAR_LEAD_EXTRA + SOLAR_PARAGRAPHS[4:]
    return wire_page("(LEAD) Port city opens floating solar farm on drinking water reservoir", paras)


def solar_2nd_ld() -> str:
    paras = SOLAR_PARAGRAPHS[:4] + SOLAR_LEAD_EXTRA + SOLAR_PARAGRAPHS[4:] + SOLAR_2ND_LD_EXTRA
    paras[0] = paras[0].replace("on Tuesday", "on Tuesday afternoon")
    return wire_page("(2nd LD) Port city opens floating solar farm on drinking water reservoir", paras)


def solar_other() -> str:
    return wire_page("Highland county approves solar park beside expressway", SOLAR_OTHER, place="GANGSU")


def solar_reprint() -> str:
    """The original as a portal reprints it: another headline, the last paragraph cut, a site footer."""
    page = wire_page("Haewon switches on reservoir solar plant", SOLAR_PARAGRAPHS[:-1])
    return page + "Copyright Example Portal. All rights reserved.\n"


def ferry() -> str:
    return wire_page("Ferry with 212 aboard runs aground in fog, all rescued", FERRY_PARAGRAPHS, place="SONMI")
