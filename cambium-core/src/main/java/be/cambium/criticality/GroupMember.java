package be.cambium.criticality;

import be.cambium.validate.Location;
import java.util.Objects;

/** Membership of a material in an assessed group (LREE, HREE, PGM); group scores are member means. */
public record GroupMember(String group, String member, Location location) {
    public GroupMember {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(location, "location");
    }

    public static GroupMember of(String group, String member) {
        return new GroupMember(group, member, Location.none());
    }
}
