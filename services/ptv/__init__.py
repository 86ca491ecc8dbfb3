"""
Import from Suomi.fi Palvelutietovaranto (PTV): services and service channels as the PTV
Open API v11 returns them, one object, a list, or a page {"pageNumber", "pageSize",
"pageCount", "itemList"}.

A file is read and checked whole before anything is written (`read_ptv_file`), so a
malformed file is refused with every problem named and nothing from it is saved. The files
that pass are then written by `ptv_import`, each in its own transaction: organisations,
channels with their opening hours, services. Links between services and channels are made
last, over all the files of the run, so a service may link to a channel from another file
given in the same run or imported earlier.

Objects are matched by their PTV id. PTV owns what it describes; the portal's own fields
(palvelupuu nodes, target ages, owner, last verified date, address name, a channel's family
facilities, the type of an organisation) are set by staff and never touched by an update.

How PTV's data maps where the two models differ:
- The provider is the organisation PTV names as producer, else the responsible one. An
  organisation met for the first time gets its type from words in its name (seurakunta,
  hyvinvointialue, ry, oy, Kela …), a municipality when nothing matches; staff check it.
- Publishing status Published is published; Deleted, Archived and OldPublished are archived;
  anything else is a draft. A service older in the file than the stored one is skipped.
- A missing charge type is "other", which promises families nothing.
- A service's own list of channels decides its links to PTV channels: a channel it no longer
  names is unlinked. A channel's list of services only adds links. Channels staff added by
  hand are never unlinked.
- Texts longer than the field are cut with an ellipsis and a warning (the summary at 150).

`ImportReport.changed_services` lists what a run created or changed, for anything that keeps
its own copy of services, such as a search index.
"""

from .reading import PtvError, PtvFile, parse_ptv_data, read_ptv_file
from .writing import Counts, ImportReport, ptv_import

__all__ = [
    "Counts",
    "ImportReport",
    "PtvError",
    "PtvFile",
    "parse_ptv_data",
    "ptv_import",
    "read_ptv_file",
]
