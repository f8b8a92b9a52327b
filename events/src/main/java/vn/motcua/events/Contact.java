package vn.motcua.events;

/**
 * Who receives notices about a dossier. Carries no ID number on purpose: no consumer needs it.
 * phone and email are personal data: never log them unmasked.
 */
public record Contact(String fullName, String phone, String email, String address, ContactChannel preferredChannel) {
}
