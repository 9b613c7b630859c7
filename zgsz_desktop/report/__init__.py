"""The assessment report: a Chinese A4 PDF with charts (reportlab + matplotlib, no Qt).

Heavy libraries load on first use: importing this package costs nothing until a report is built.
"""

from .model import AssessmentPart, ReportData, SignatureInfo, from_documents, from_submission, from_workspace
from .pdf import ReportInfo, build_report

__all__ = ["AssessmentPart", "ReportData", "ReportInfo", "SignatureInfo", "build_report", "from_documents",
           "from_submission", "from_workspace"]
