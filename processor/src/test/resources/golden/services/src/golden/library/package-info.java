/** Every entity of the library gets a CRUD service unless it opts out. */
@ProtoService
package golden.library;

import io.jpaproto.ProtoService;
