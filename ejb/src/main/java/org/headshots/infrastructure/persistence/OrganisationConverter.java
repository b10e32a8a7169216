package org.headshots.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.headshots.domain.people.Organisation;

/** Every {@link Organisation} attribute is stored as its alias. */
@Converter(autoApply = true)
public class OrganisationConverter implements AttributeConverter<Organisation, String> {

    @Override
    public String convertToDatabaseColumn(Organisation organisation) {
        return organisation == null ? null : organisation.alias();
    }

    @Override
    public Organisation convertToEntityAttribute(String stored) {
        return stored == null ? null : new Organisation(stored);
    }
}
