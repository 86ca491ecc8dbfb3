import pytest

from services.coordinates import tm35fin_to_wgs84, wgs84_to_tm35fin

# EPSG:3067 points as PTV gives them (northing, easting as strings, millimetre precision) and
# their WGS84 latitude and longitude computed once with PROJ 9.8.1 through pyproj 3.8.0
# (EPSG:3067 → EPSG:4326). The points span Finland from Hanko to Utsjoki and from Mariehamn,
# 390 km west of the central meridian, to Joensuu.
REFERENCE_POINTS = [
    ("Helsinki", "6672049.504", "386392.111", 60.169499997112, 24.952500004742),
    ("Tampere", "6822520.317", "327614.161", 61.497799999684, 23.760999994720),
    ("Oulu", "7210681.467", "427657.548", 65.012099996291, 25.465100007186),
    ("Utsjoki", "7755591.501", "501004.504", 69.907800004203, 27.026200000886),
    ("Mariehamn", "6683261.170", "107579.582", 60.097299997497, 19.934800002500),
    ("Joensuu", "6944173.334", "641858.777", 62.600999997878, 29.763600005661),
    ("Kilpisjärvi", "7672048.150", "252795.036", 69.046400002153, 20.796900007457),
    ("Hanko", "6638644.471", "274006.160", 59.823599997467, 22.968099999510),
]

# 1e-9 degrees is about 0.1 mm on the ground.
DEGREES = 1e-9


@pytest.mark.parametrize(
    ("place", "northing", "easting", "latitude", "longitude"),
    REFERENCE_POINTS,
    ids=[point[0] for point in REFERENCE_POINTS],
)
def test_tm35fin_converts_to_the_same_wgs84_point_as_proj(
    place, northing, easting, latitude, longitude
):
    result = tm35fin_to_wgs84(float(northing), float(easting))

    assert result == pytest.approx((latitude, longitude), abs=DEGREES)


@pytest.mark.parametrize(
    ("place", "northing", "easting", "latitude", "longitude"),
    REFERENCE_POINTS,
    ids=[point[0] for point in REFERENCE_POINTS],
)
def test_wgs84_converts_back_to_the_same_tm35fin_point_within_a_millimetre(
    place, northing, easting, latitude, longitude
):
    result = wgs84_to_tm35fin(latitude, longitude)

    assert result == pytest.approx((float(northing), float(easting)), abs=0.001)


def test_central_meridian_maps_to_the_false_easting():
    northing, easting = wgs84_to_tm35fin(64.0, 27.0)

    assert easting == pytest.approx(500_000.0, abs=1e-6)
    assert tm35fin_to_wgs84(northing, 500_000.0)[1] == pytest.approx(27.0, abs=1e-12)


def test_equator_on_the_central_meridian_is_the_origin():
    assert wgs84_to_tm35fin(0.0, 27.0) == pytest.approx((0.0, 500_000.0), abs=1e-6)
    assert tm35fin_to_wgs84(0.0, 500_000.0) == pytest.approx((0.0, 27.0), abs=1e-12)


def test_round_trip_holds_across_a_grid_over_finland():
    errors = []
    for latitude in range(59, 71):
        for longitude in range(19, 32):
            northing, easting = wgs84_to_tm35fin(latitude + 0.5, longitude + 0.5)
            back = tm35fin_to_wgs84(northing, easting)
            errors += [abs(back[0] - latitude - 0.5), abs(back[1] - longitude - 0.5)]

    # Written so that a NaN fails too.
    assert all(error < 1e-11 for error in errors)
