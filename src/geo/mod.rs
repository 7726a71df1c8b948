//! Geography of Cambodia and its neighbours: compact boundaries, projection, point-in-province.
