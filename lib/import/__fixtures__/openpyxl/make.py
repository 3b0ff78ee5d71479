# Writes nbs-openpyxl.xlsx: a workbook made by another program than our own test writer, with an
# NBS-style sheet and a long-format sheet. Test values only. Regenerate with
#   python3 -m venv /tmp/v && /tmp/v/bin/pip install openpyxl && /tmp/v/bin/python make.py
from datetime import datetime
from openpyxl import Workbook

wb = Workbook()
nbs = wb.active
nbs.title = "分省数据"
rows = [
    ["数据库：分省年度数据"],
    ["时间：1990年-1991年"],
    ["地区", "1991年", "1990年"],
    ["北京市", 200, 100],
    ["天津市", "…", 150.5],
    ["内蒙古自治区", 1234.5, None],
    ["注：测试用数据，数值为虚构。"],
    ["数据来源：测试数据来源"],
]
for row in rows:
    nbs.append(row)
nbs["B3"].value = "1991年"
long = wb.create_sheet("长格式")
for row in [["indicator", "region", "year", "value"], ["gdp-per-capita-cny", "江西", 1990, 300]]:
    long.append(row)
wb.properties.created = datetime(2020, 1, 1)
wb.properties.modified = datetime(2020, 1, 1)
wb.save("nbs-openpyxl.xlsx")
