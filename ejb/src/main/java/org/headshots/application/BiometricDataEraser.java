package org.headshots.application;

import org.headshots.domain.people.Username;

/**
 * Deletes a person's biometric data when they withdraw their consent: their selfies, face embeddings and the
 * headshots they did not choose.
 *
 * <p>An extension point: every CDI bean that implements this interface is called, in no particular order,
 * by {@link ConsentService#withdraw}; with no implementation deployed nothing is erased. Each part that keeps
 * such data (selfie storage, embeddings, generated headshots) adds its own implementation in the EJB module
 * or in a library of the EAR, where the consent service can see it, annotated with a bean-defining scope such
 * as {@code @ApplicationScoped} (the module's bean discovery mode is "annotated").
 *
 * <p>It runs inside the withdrawal's transaction: a runtime exception rolls the withdrawal back and reaches the
 * person, who can then try again. So an implementation must be idempotent (erasing what is already gone is no
 * error) and must not log image data.
 */
public interface BiometricDataEraser {

    void eraseAllOf(Username person);
}
