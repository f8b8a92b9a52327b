package vn.motcua.sla.domain;

/** An agency of a subtree as the dashboard lists it, {@code depth} relative to the tree's root (0 = the root). */
public record AgencyNode(String code, String name, String level, int depth) {
}
